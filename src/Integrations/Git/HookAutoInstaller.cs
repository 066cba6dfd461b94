using Trackdown.Core.Service;

namespace Trackdown.Integrations.Git;

/// <summary>
/// <c>git.hooks.auto_install</c>: the first change made in a repository without our hooks installs them, once per
/// process (a repository whose hooks were removed on purpose keeps them removed only with auto_install off).
/// </summary>
public sealed class HookAutoInstaller(string repositoryRoot, string toolCommand) : IChangeSubscriber
{
    private bool checkedOnce;

    public void OnChange(ChangeEvent change)
    {
        if (checkedOnce)
        {
            return;
        }

        checkedOnce = true;
        using var repo = GitWorkspace.TryOpen(repositoryRoot);
        if (repo is null || repo.Info.IsBare)
        {
            return;
        }

        var directory = GitWorkspace.HooksDirectory(repo);
        if (HookInstaller.NoneInstalled(directory))
        {
            HookInstaller.Install(directory, toolCommand);
        }
    }
}
