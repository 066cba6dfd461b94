using System.Text.RegularExpressions;
using System.Xml.Linq;
using Trackdown.Tests;

namespace Trackdown.Core.Tests.Documentation;

[TestClass]
public sealed class MsBuildPropertiesDocTests
{
    [TestMethod]
    public void ReadmeTable_ListsExactlyThePublicKnobsOfTheProps()
    {
        var props = XDocument.Load(Path.Combine(RepoPaths.Root, "src", "Sdk", "build", "Trackdown.Build.props"));
        var knobs = props.Descendants()
            .Where(e => e.Parent?.Name.LocalName == "PropertyGroup" && !e.Name.LocalName.StartsWith('_'))
            .Where(e => (string?)e.Attribute("Condition") == $"'$({e.Name.LocalName})' == ''")
            .Select(e => e.Name.LocalName)
            .Distinct()
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var section = readme.Substring(readme.IndexOf("## MSBuild properties", StringComparison.Ordinal));
        section = section.Substring(0, section.IndexOf("\n## ", 5, StringComparison.Ordinal));
        var documented = Regex.Matches(section, @"^\| `(\w+)` \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).OrderBy(n => n, StringComparer.Ordinal).ToList();

        CollectionAssert.AreEqual(knobs, documented, $"props: {string.Join(", ", knobs)}\nREADME: {string.Join(", ", documented)}");
        foreach (var knob in knobs)
        {
            StringAssert.Contains(props.ToString(), knob + " ", "every knob is described in the props' comment block");
        }
    }
}
