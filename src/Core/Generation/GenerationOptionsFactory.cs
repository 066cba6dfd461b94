using Trackdown.Core.Repository;

namespace Trackdown.Core.Generation;

/// <summary>Reads what the renderers need from the configuration.</summary>
public static class GenerationOptionsFactory
{
    public static GenerationOptions From(TrackdownWorkspace workspace)
    {
        var config = workspace.Config;
        var workflow = config.Workflows.Default;
        return new GenerationOptions(config.Project.Name ?? Path.GetFileName(workspace.Root), workflow.Statuses, workflow.Closed, config.Project.DefaultEpicBudget)
        {
            IncludeClosed = config.Ai.LlmsTxt.IncludeClosed,
            Integrations = new[]
            {
                new KeyValuePair<string, bool>("GitHub Issues", config.Sync.Github.Enabled),
                new KeyValuePair<string, bool>("Jira", config.Sync.Jira.Enabled),
                new KeyValuePair<string, bool>("Linear", config.Sync.Linear.Enabled),
            },
        };
    }
}
