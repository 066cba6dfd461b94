namespace Trackdown.Core.Tests.TestSupport;

/// <summary>Locates this source repository (the folder holding Trackdown.Build.sln) from the test output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Trackdown.Build.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Trackdown.Build.sln not found above " + AppContext.BaseDirectory);
    }
}
