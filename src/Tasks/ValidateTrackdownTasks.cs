namespace Trackdown.Build.Tasks;

/// <summary>Validates configuration, every task file, the schema and the task graph; logs every problem in one run.</summary>
public sealed class ValidateTrackdownTasks : TrackdownTaskBase
{
    private protected override void Run(BuildSnapshot snapshot) => Log.LogAll(snapshot.Diagnostics);
}
