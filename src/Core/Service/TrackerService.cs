using System.Globalization;
using Trackdown.Core.Model;
using Trackdown.Core.Parsing;
using Trackdown.Core.Repository;

namespace Trackdown.Core.Service;

/// <summary>
/// The one write path of Trackdown: every change to a task — by the CLI, a commit, sync, an agent over MCP or the
/// board — goes through here. Each operation takes the repository lock, loads the current files, checks the request
/// against the workflow, the schema and the task graph, writes every file it touches in one change set (atomic, undone
/// as a whole on failure), appends the audit trail, then tells the subscribers. Front ends only parse their input and
/// print the result. A long-lived host can keep one instance: every operation re-reads what changed on disk.
/// </summary>
public sealed partial class TrackerService
{
    private readonly string root;
    private readonly string? tasksFolder;
    private readonly List<IChangeSubscriber> subscribers = new();
    private TrackdownWorkspace workspace;
    private FileStamp configStamp;

    public TrackerService(TrackdownWorkspace workspace, Func<DateTimeOffset>? clock = null)
    {
        this.workspace = workspace;
        root = workspace.Root;
        tasksFolder = workspace.TasksDirectory;
        configStamp = FileStamp.Of(ConfigPath);
        Clock = clock ?? (() => DateTimeOffset.UtcNow);
    }

    public Func<DateTimeOffset> Clock { get; }

    /// <summary>The workspace, re-opened when <c>config.yaml</c> changed on disk since it was read.</summary>
    public TrackdownWorkspace Workspace
    {
        get
        {
            var stamp = FileStamp.Of(ConfigPath);
            if (stamp != configStamp)
            {
                workspace = TrackdownWorkspace.Open(root, tasksFolder);
                configStamp = stamp;
            }

            return workspace;
        }
    }

    private string ConfigPath => Path.Combine(root, RepositoryLocator.ConfigFolder, "config.yaml");

    private string SharedState => GitLayout.SharedStateDirectory(root);

    public void Subscribe(IChangeSubscriber subscriber) => subscribers.Add(subscriber);

    /// <summary>Every task as it is on disk now (through the read cache).</summary>
    public TaskSet Items() => Workspace.LoadTasksCached();

    public TaskItem Get(string id) => Items().Find(id) ?? throw NotFound(Workspace, id);

    public CommentReadResult Comments(string id) => CommentStore.Read(root, id);

    /// <summary>The audit trail's entries for one item, oldest first, with the lines it had to skip.</summary>
    public AuditReadResult History(string id) => AuditTrail.Read(AuditTrail.PathFor(root), id);

    /// <summary>Who holds a claim on the item in any worktree, if anyone.</summary>
    public ClaimHolder? ClaimOf(string id) => new ClaimRegistry(SharedState).Find(id);

    /// <summary>Runs one operation under the lock: plan against fresh files, then write it all or nothing.</summary>
    private async Task<ChangeResult> WriteAsync(ChangeOrigin origin, string operation, Action<Operation> plan, CancellationToken cancellationToken, bool dryRun = false)
    {
        Authorize(origin, operation);
        using var gate = await RepositoryLock.AcquireAsync(Path.Combine(SharedState, "write.lock"), RepositoryLock.DefaultTimeout, cancellationToken).ConfigureAwait(false);
        var ws = Workspace;
        var op = new Operation(ws, ws.LoadTasksCached(), Clock(), origin, new ClaimRegistry(SharedState));
        try
        {
            plan(op);
            Automate(op);
            if (op.Events.Count == 0 || dryRun)
            {
                return op.Result();
            }

            foreach (var change in op.Events)
            {
                op.Files.AppendLine(AuditTrail.PathFor(root), AuditTrail.Serialize(change));
            }

            cancellationToken.ThrowIfCancellationRequested(); // the last point at which nothing has been written
            op.Files.Apply();
            Regenerate(op);
        }
        finally
        {
            op.Release();
        }

        foreach (var subscriber in subscribers)
        {
            foreach (var change in op.Events)
            {
                try
                {
                    subscriber.OnChange(change);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    op.Warnings.Add($"{change.Id} was changed, but {subscriber.GetType().Name} failed: {ex.Message}");
                }
            }
        }

        return op.Result();
    }

    /// <summary>The item, or a refusal naming the id.</summary>
    private static TaskItem Require(Operation op, string id) => op.Set.Find(id) ?? throw NotFound(op.Workspace, id);

    /// <summary>Unknown id, or, when a file named for it does not parse, that file's own located errors.</summary>
    public static TrackdownRefusal NotFound(TrackdownWorkspace workspace, string id)
    {
        var named = Directory.Exists(workspace.TasksDirectory)
            ? Directory.EnumerateFiles(workspace.TasksDirectory, id + "*.md", SearchOption.AllDirectories)
                .FirstOrDefault(f => Path.GetFileName(f) == id + ".md" || Path.GetFileName(f).StartsWith(id + "-", StringComparison.Ordinal))
            : null;
        if (named is null)
        {
            return TrackdownRefusal.UnknownTask(id);
        }

        var errors = TaskFileParser.ReadFile(named).Diagnostics.Where(d => d.IsError).ToList();
        var why = errors.Count > 0 ? $" ({errors[0].Message})" : string.Empty;
        return new TrackdownRefusal(DiagnosticIds.FileHasErrors, $"'{workspace.Relative(named)}' has errors{why}, so '{id}' cannot be read and is not rewritten. Fix the file first; it was left as it is.", diagnostics: errors);
    }

    /// <summary>The item's current document; a file that does not parse is refused with its own located errors.</summary>
    private static TaskDocument Editable(TaskItem item)
    {
        var doc = item.Document;
        if (!doc.IsEditable || doc.Frontmatter!.IsFlow)
        {
            var errors = doc.Diagnostics.Where(d => d.IsError).ToList();
            var why = errors.Count > 0 ? errors[0].Message : "its frontmatter is a one-line {…} mapping, which is never rewritten";
            throw new TrackdownRefusal(DiagnosticIds.FileHasErrors, $"'{item.Id}' has errors and is not rewritten ({why}). Fix the file first; it was left as it is.", diagnostics: errors);
        }

        return doc;
    }

    /// <summary>Size and write time: enough to notice that a file was replaced or edited.</summary>
    private readonly record struct FileStamp(long Length, DateTime Written)
    {
        public static FileStamp Of(string path)
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc) : default;
        }
    }

    /// <summary>One operation in progress: the fresh files, what it will write, and the events it will raise.</summary>
    private sealed class Operation(TrackdownWorkspace workspace, TaskSet set, DateTimeOffset now, ChangeOrigin origin, ClaimRegistry claims)
    {
        private readonly List<IDisposable> held = new();

        public TrackdownWorkspace Workspace { get; } = workspace;

        /// <summary>The tasks as this operation will leave them (each planned edit replaces its document).</summary>
        public TaskSet Set { get; set; } = set;

        public DateTimeOffset Now { get; } = now;

        public ChangeOrigin Origin { get; } = origin;

        public ClaimRegistry Claims { get; } = claims;

        public ChangeSet Files { get; } = new();

        public List<ChangeEvent> Events { get; } = new();

        public List<string> Warnings { get; } = new();

        public string MainId { get; set; } = string.Empty;

        public string? MainPath { get; set; }

        /// <summary>Every timestamp the tool writes into task files: <c>formats.date</c> in <c>project.timezone</c>.</summary>
        public string Stamp => Workspace.Config.Formats.FormatTimestamp(Now);

        public void Raise(string id, string action, IReadOnlyList<FieldChange> changes, string? note, params string[] paths)
            => Raise(id, action, changes, note, forced: false, paths);

        public void Raise(string id, string action, IReadOnlyList<FieldChange> changes, string? note, bool forced, params string[] paths)
        {
            if (changes.Count > 0)
            {
                Events.Add(new ChangeEvent(Now, id, action, changes, Origin.Actor, Origin.Source, note, paths) { Forced = forced });
            }
        }

        public void Hold(IDisposable resource) => held.Add(resource);

        public void Release()
        {
            foreach (var resource in held)
            {
                resource.Dispose();
            }
        }

        public ChangeResult Result() => new(MainId, MainPath, Events, Warnings);
    }
}
