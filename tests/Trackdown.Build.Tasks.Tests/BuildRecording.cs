using System.Reflection;
using Microsoft.Build.Framework;

namespace Trackdown.Build.Tasks.Tests;

/// <summary>An MSBuild logger (a <see cref="DispatchProxy"/>, see <see cref="FakeBuildEngine"/>) that records errors and targets.</summary>
public class BuildRecording : DispatchProxy
{
    public List<BuildErrorEventArgs> Errors { get; } = new();

    public HashSet<string> Started { get; } = new();

    public HashSet<string> Skipped { get; } = new();

    public static (ILogger Logger, BuildRecording Recording) Create()
    {
        var logger = Create<ILogger, BuildRecording>();
        return (logger, (BuildRecording)(object)logger);
    }

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        switch (method!.Name)
        {
            case "Initialize":
                Subscribe((IEventSource)args![0]!);
                return null;
            case "get_Verbosity":
                return LoggerVerbosity.Diagnostic;
            case "get_Parameters":
                return null;
            default:
                return null; // setters and Shutdown
        }
    }

    private void Subscribe(IEventSource source)
    {
        source.ErrorRaised += (_, e) => { lock (Errors) { Errors.Add(e); } };
        source.TargetStarted += (_, e) => { lock (Started) { Started.Add(e.TargetName); } };
        source.MessageRaised += (_, e) =>
        {
            if (e is TargetSkippedEventArgs skipped)
            {
                lock (Skipped) { Skipped.Add(skipped.TargetName); }
            }
        };
    }
}
