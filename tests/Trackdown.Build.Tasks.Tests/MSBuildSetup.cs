using Microsoft.Build.Locator;

[assembly: Parallelize(Workers = 2, Scope = ExecutionScope.MethodLevel)]

namespace Trackdown.Build.Tasks.Tests;

[TestClass]
public static class MSBuildSetup
{
    /// <summary>Loads MSBuild from the installed SDK before any test touches an MSBuild type.</summary>
    [AssemblyInitialize]
    public static void Register(TestContext context)
    {
        if (!MSBuildLocator.IsRegistered)
        {
            MSBuildLocator.RegisterDefaults();
        }
    }
}
