using System.Reflection;
using Microsoft.Build.Framework;

namespace Trackdown.Build.Tasks.Tests;

/// <summary>
/// Records what a task logs, as structured events, and keeps registered task objects like MSBuild does.
/// </summary>
/// <remarks>
/// Built with <see cref="DispatchProxy"/> instead of implementing <see cref="IBuildEngine4"/>: MSTest loads every type of
/// this assembly during discovery, before Microsoft.Build.Locator has pointed the runtime at the SDK's MSBuild, so no type
/// here may derive from or implement an MSBuild type.
/// </remarks>
public class FakeBuildEngine : DispatchProxy
{
    private readonly Dictionary<object, object> objects = new();

    public List<object> Events { get; } = new();

    public static (IBuildEngine4 Engine, FakeBuildEngine Recorder) Create()
    {
        var engine = Create<IBuildEngine4, FakeBuildEngine>();
        return (engine, (FakeBuildEngine)(object)engine);
    }

    public IEnumerable<BuildErrorEventArgs> Errors => Events.OfType<BuildErrorEventArgs>();

    public IEnumerable<BuildWarningEventArgs> Warnings => Events.OfType<BuildWarningEventArgs>();

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        switch (method!.Name)
        {
            case "LogErrorEvent":
            case "LogWarningEvent":
            case "LogMessageEvent":
            case "LogCustomEvent":
                Events.Add(args![0]!);
                return null;
            case "get_ProjectFileOfTaskNode":
                return "test.proj";
            case "get_ContinueOnError":
            case "get_IsRunningMultipleNodes":
                return false;
            case "get_LineNumberOfTaskNode":
            case "get_ColumnNumberOfTaskNode":
                return 0;
            case "RegisterTaskObject":
                objects[args![0]!] = args[1]!;
                return null;
            case "GetRegisteredTaskObject":
                return objects.TryGetValue(args![0]!, out var found) ? found : null;
            case "UnregisterTaskObject":
                return objects.Remove(args![0]!, out var removed) ? removed : null;
            case "Yield":
            case "Reacquire":
                return null;
            default:
                throw new NotSupportedException(method.Name);
        }
    }
}
