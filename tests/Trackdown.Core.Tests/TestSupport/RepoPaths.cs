using System.Reflection;

namespace Trackdown.Core.Tests.TestSupport;

/// <summary>The source repository, recorded at build time (tests/Directory.Build.props), wherever the output goes.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;
}
