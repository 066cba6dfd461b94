using System.Reflection;

namespace Trackdown.Tests;

/// <summary>
/// The source repository, recorded at build time by tests/Directory.Build.props, so tests find docs, samples and
/// src/Sdk wherever the build output goes. Linked into every test project.
/// </summary>
internal static class RepoPaths
{
    public static string Root { get; } = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;
}
