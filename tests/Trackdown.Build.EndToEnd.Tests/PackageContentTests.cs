using System.IO.Compression;

namespace Trackdown.Build.EndToEnd.Tests;

[TestClass]
public sealed class PackageContentTests
{
    [TestMethod]
    public void Nupkg_HasExactlyTheExpectedFiles()
    {
        using var zip = ZipFile.OpenRead(Packages.PackagePath("Trackdown.Build"));

        var files = zip.Entries.Select(e => e.FullName)
            .Where(f => !f.StartsWith("_rels/", StringComparison.Ordinal) && !f.StartsWith("package/", StringComparison.Ordinal) && f != "[Content_Types].xml")
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();

        CollectionAssert.AreEqual(
            new[]
            {
                "README.md",
                "Sdk/Sdk.props",
                "Sdk/Sdk.targets",
                "Trackdown.Build.nuspec",
                "analyzers/dotnet/cs/Trackdown.Build.Generators.dll",
                "build/Trackdown.Build.props",
                "build/Trackdown.Build.targets",
                "buildMultiTargeting/Trackdown.Build.props",
                "buildMultiTargeting/Trackdown.Build.targets",
                "schemas/trackdown-task.schema.json",
                "tasks/net8.0/Google.Protobuf.dll",
                "tasks/net8.0/Microsoft.ML.Tokenizers.Data.O200kBase.dll",
                "tasks/net8.0/Microsoft.ML.Tokenizers.dll",
                "tasks/net8.0/NJsonSchema.Annotations.dll",
                "tasks/net8.0/NJsonSchema.dll",
                "tasks/net8.0/Namotion.Reflection.dll",
                "tasks/net8.0/Newtonsoft.Json.dll",
                "tasks/net8.0/TimeZoneConverter.dll",
                "tasks/net8.0/Trackdown.Build.Tasks.deps.json",
                "tasks/net8.0/Trackdown.Build.Tasks.dll",
                "tasks/net8.0/Trackdown.Core.dll",
                "tasks/net8.0/YamlDotNet.dll",
            },
            files,
            string.Join("\n", files));
    }

    [TestMethod]
    public void Nuspec_IsADevelopmentDependencyWithoutDependencies()
    {
        using var zip = ZipFile.OpenRead(Packages.PackagePath("Trackdown.Build"));
        using var reader = new StreamReader(zip.GetEntry("Trackdown.Build.nuspec")!.Open());

        var nuspec = reader.ReadToEnd();

        StringAssert.Contains(nuspec, "<developmentDependency>true</developmentDependency>");
        Assert.IsFalse(nuspec.Contains("<dependency "), nuspec);
    }

    [TestMethod]
    public void Tool_IsPackedAsDotnetTool()
    {
        using var zip = ZipFile.OpenRead(Packages.PackagePath("dotnet-trackdown"));

        Assert.IsTrue(zip.Entries.Any(e => e.FullName == "tools/net8.0/any/dotnet-trackdown.dll"), string.Join("\n", zip.Entries.Select(e => e.FullName)));
        Assert.IsTrue(zip.Entries.Any(e => e.FullName == "tools/net8.0/any/DotnetToolSettings.xml"));
    }
}
