using System.Text.RegularExpressions;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Config;

/// <summary>Binds <c>sync.github</c>, <c>sync.jira</c> and <c>sync.linear</c>; an enabled provider must say where it syncs to.</summary>
internal static class SyncSection
{
    private static readonly Regex GithubRepo = new("^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$", RegexOptions.CultureInvariant);

    private static readonly Dictionary<string, SyncAuthMethod> AuthMethods = new(StringComparer.Ordinal)
    {
        ["env"] = SyncAuthMethod.Env,
        ["token"] = SyncAuthMethod.Token,
        ["oauth2"] = SyncAuthMethod.OAuth2,
        ["credential_helper"] = SyncAuthMethod.CredentialHelper,
    };

    public static SyncSettings Bind(ConfigBinder b, YamlMapping? m) => new()
    {
        Github = Provider(b, m, "github", required: new[] { "repo" }, "repo", "url"),
        Jira = Provider(b, m, "jira", required: new[] { "url", "project" }, "url", "project"),
        Linear = Provider(b, m, "linear", required: Array.Empty<string>(), "project"),
    };

    private static SyncProvider Provider(ConfigBinder b, YamlMapping? sync, string name, string[] required, params string[] targets)
    {
        var path = "sync." + name;
        var m = b.Section(sync, name, path, new[] { "enabled", "auth_method", "sync_interval", "field_mapping" }.Concat(targets).ToArray());
        var auth = b.Choice(m, "auth_method", path + ".auth_method", AuthMethods.Keys.ToArray());
        var provider = new SyncProvider
        {
            Enabled = b.Bool(m, "enabled", path + ".enabled") ?? false,
            Repo = targets.Contains("repo") ? Repo(b, m, path) : null,
            Url = targets.Contains("url") ? Url(b, m, path) : null,
            Project = targets.Contains("project") ? b.String(m, "project", path + ".project") : null,
            AuthMethod = auth is null ? SyncAuthMethod.Env : AuthMethods[auth],
            SyncInterval = ConfigSections.Duration(b, m, "sync_interval", path + ".sync_interval") ?? TimeSpan.Zero,
            FieldMapping = FieldMapping(b, m, name, path),
        };

        var missing = required.FirstOrDefault(key => (key switch { "repo" => provider.Repo, "url" => provider.Url, _ => provider.Project }) is null or "");
        if (provider.Enabled && missing is not null && m?[missing] is null)
        {
            b.Report(m!["enabled"]!.Span, $"'{path}' is enabled but '{path}.{missing}' is not set; set it or write 'enabled: false'.");
        }

        return provider;
    }

    private static string? Repo(ConfigBinder b, YamlMapping? m, string path)
    {
        var repo = b.String(m, "repo", path + ".repo");
        if (repo is { Length: > 0 } && !GithubRepo.IsMatch(repo))
        {
            b.Invalid(m!["repo"]!, $"'{path}.repo' is '{repo}'; expected 'owner/name', e.g. 'org/repo-name'.");
            return null;
        }

        return repo;
    }

    private static string? Url(ConfigBinder b, YamlMapping? m, string path)
    {
        var url = b.String(m, "url", path + ".url");
        if (url is { Length: > 0 } && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.UserInfo.Length == 0))
        {
            b.Invalid(m!["url"]!, $"'{path}.url' is '{url}'; expected the site's address, e.g. 'https://company.atlassian.net' (no credentials in it).");
            return null;
        }

        return url;
    }

    /// <summary>Local field → provider field; an unknown name on either side is reported where it is and left out.</summary>
    private static IReadOnlyDictionary<string, string> FieldMapping(ConfigBinder b, YamlMapping? m, string name, string path)
    {
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        var value = m?["field_mapping"];
        if (value is null or YamlScalar { IsNull: true })
        {
            return mapping;
        }

        if (value is not YamlMapping map)
        {
            b.Invalid(value, $"'{path}.field_mapping' must map local fields to {name} fields, e.g. 'title: title'.");
            return mapping;
        }

        var remote = SyncFields.Remote[name];
        foreach (var entry in map.Entries)
        {
            var local = entry.Key.Value;
            var known = b.OneOf(entry.Key, $"{path}.field_mapping (local fields)", SyncFields.Local);
            if (entry.Value is not YamlScalar { IsNull: false } target)
            {
                b.Invalid(entry.Value, $"'{path}.field_mapping.{local}' must name one {name} field: {string.Join(", ", remote)}.");
                continue;
            }

            if (b.OneOf(target, $"{path}.field_mapping.{local} ({name} fields)", remote) && known)
            {
                mapping[local] = target.Value;
            }
        }

        return mapping;
    }
}
