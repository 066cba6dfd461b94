using System.Text;
using Trackdown.Core.Diagnostics;
using Trackdown.Core.Parsing;
using Trackdown.Core.Repository;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Config;

/// <summary>The configuration and what was wrong with the file it came from.</summary>
public sealed record ConfigLoadResult(TrackdownConfig Config, IReadOnlyList<TrackdownDiagnostic> Diagnostics, string? FilePath);

/// <summary>
/// Loads <c>.ai-trackdown/config.yaml</c>. A missing file means every default. Problems are located in the file:
/// YAML syntax TRK0010, wrong values TRK0011 (the default is kept), unknown keys TRK0012 (a warning), unreadable TRK0013.
/// </summary>
public static class ConfigLoader
{
    public const string FileName = "config.yaml";

    public static string PathFor(string repositoryRoot) => Path.Combine(repositoryRoot, RepositoryLocator.ConfigFolder, FileName);

    public static ConfigLoadResult Load(string repositoryRoot)
    {
        var path = PathFor(repositoryRoot);
        if (!File.Exists(path))
        {
            return new ConfigLoadResult(TrackdownConfig.Default with { Project = new ProjectSettings { Name = Path.GetFileName(Path.GetFullPath(repositoryRoot).TrimEnd('/', '\\')) } }, Array.Empty<TrackdownDiagnostic>(), null);
        }

        string text;
        try
        {
            var bytes = File.ReadAllBytes(path);
            var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            text = new UTF8Encoding(false, true).GetString(bytes, start, bytes.Length - start);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            var unreadable = TrackdownDiagnostic.At(DiagnosticIds.ConfigUnreadable, DiagnosticSeverity.Error, path, SourceSpan.FileStart, $"The configuration file cannot be read: {ex.Message.TrimEnd('.')}. Make it a readable UTF-8 file.");
            return new ConfigLoadResult(TrackdownConfig.Default, new[] { unreadable }, path);
        }

        return Parse(path, text, Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(path))));
    }

    public static ConfigLoadResult Parse(string path, string text, string? defaultName = null)
    {
        var problems = new List<YamlProblem>();
        var root = YamlReader.Read(text, SourcePosition.FileStart, problems);
        if (problems.Count > 0)
        {
            var diagnostics = problems.Select(p => TrackdownDiagnostic.At(DiagnosticIds.ConfigSyntaxError, DiagnosticSeverity.Error, path, p.Span, p.Message.Replace("The frontmatter", "The configuration"))).ToList();
            return new ConfigLoadResult(TrackdownConfig.Default, diagnostics, path);
        }

        var binder = new ConfigBinder(path);
        if (root is not null and not YamlMapping and not YamlScalar { IsNull: true })
        {
            binder.Invalid(root, "The configuration must be a mapping of sections (project, formats, sync, ai, git, workflows, automation).");
            return new ConfigLoadResult(TrackdownConfig.Default, binder.Diagnostics, path);
        }

        var config = ConfigSections.Bind(binder, root as YamlMapping, defaultName);
        return new ConfigLoadResult(config, binder.Diagnostics, path);
    }
}
