using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace Trackdown.Core.Editing;

/// <summary>
/// A file's Unix permission bits, through <c>File.GetUnixFileMode</c>/<c>SetUnixFileMode</c> (.NET 7 and later). Core
/// targets netstandard2.0, which lacks them, but always runs on .NET 8 or later (the CLI and the tasks), so they are
/// found by reflection once; where they are missing (Windows, older runtimes) modes are left alone.
/// </summary>
internal static class UnixPermissions
{
    /// <summary>S_IWUSR: the owner may write.</summary>
    public const int UserWrite = 0x80;

    private static readonly MethodInfo? GetMode = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? null
        : typeof(File).GetMethod("GetUnixFileMode", new[] { typeof(string) });

    private static readonly MethodInfo? SetMode = GetMode is null ? null
        : typeof(File).GetMethods().FirstOrDefault(m => m.Name == "SetUnixFileMode" && m.GetParameters() is { Length: 2 } p && p[0].ParameterType == typeof(string));

    /// <summary>The permission bits of an existing file, or null where the platform has none.</summary>
    public static int? Get(string path) => GetMode is null ? null : Convert.ToInt32(Invoke(GetMode, path));

    public static void Set(string path, int mode)
    {
        if (SetMode is not null)
        {
            Invoke(SetMode, path, Enum.ToObject(SetMode.GetParameters()[1].ParameterType, mode));
        }
    }

    private static object? Invoke(MethodInfo method, params object[] args)
    {
        try
        {
            return method.Invoke(null, args);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }
    }
}
