using Trackdown.Core.Repository;
using Trackdown.Core.Service;

namespace Trackdown.Tests;

/// <summary>A temporary repository with an epic, an issue in it and a task under the issue, and a service over it.</summary>
internal sealed class ServiceFixture : IDisposable
{
    public static readonly ChangeOrigin Alice = new(Actor.Person("alice"), ChangeSources.Cli);
    public static readonly ChangeOrigin Bob = new(Actor.Person("bob"), ChangeSources.Cli);

    public ServiceFixture(bool git = false)
    {
        Repo = new TempRepo(git: git, trackdown: true);
        Repo.Task("EPIC-001", "epic");
        Repo.Task("EPIC-002", "epic");
        Repo.Task("ISSUE-001", "issue", "epic: EPIC-001\ncreated: 2026-11-01T09:00:00Z\nupdated: 2026-11-01T09:00:00Z\n");
        Repo.Task("TASK-001", "task", "parent: ISSUE-001\n");
        Service = Open();
        Service.Subscribe(Recorder);
    }

    public TempRepo Repo { get; }

    public TrackerService Service { get; }

    public EventRecorder Recorder { get; } = new();

    public string IssuePath => Repo.Path("tasks/issues/ISSUE-001-item.md");

    public TrackerService Open() => new(TrackdownWorkspace.Open(Repo.Root), () => new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

    public IReadOnlyList<ChangeEvent> Audit() => AuditTrail.Read(AuditTrail.PathFor(Repo.Root)).Entries;

    /// <summary>Every file under the repository with its bytes: to prove a refusal wrote nothing.</summary>
    public IReadOnlyDictionary<string, string> Snapshot()
        => Directory.EnumerateFiles(Repo.Root, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "cache" + Path.DirectorySeparatorChar) && !f.Contains(Path.DirectorySeparatorChar + ".git" + Path.DirectorySeparatorChar))
            .ToDictionary(f => f, f => Convert.ToBase64String(File.ReadAllBytes(f)));

    public void Dispose() => Repo.Dispose();
}

/// <summary>A subscriber that keeps every event it was given.</summary>
internal sealed class EventRecorder : IChangeSubscriber
{
    public List<ChangeEvent> Events { get; } = new();

    public void OnChange(ChangeEvent change) => Events.Add(change);
}
