namespace Trackdown.Core.Service;

/// <summary>
/// The one lock every write of the service holds, from reading the files to the last appended log line, so concurrent
/// processes (and worktrees of one repository: the lock lives in git's common directory) never lose an update. It is
/// an exclusive open of a lock file, which the OS releases when the process dies, so a crash never leaves it stuck.
/// </summary>
public sealed class RepositoryLock : IDisposable
{
    private readonly FileStream stream;

    private RepositoryLock(FileStream stream) => this.stream = stream;

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public static async Task<RepositoryLock> AcquireAsync(string lockFile, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(lockFile)!);
        var deadline = DateTime.UtcNow + timeout;
        var wait = 5;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return new RepositoryLock(new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline && File.Exists(lockFile))
            {
                // Another writer holds it; writes take milliseconds, so poll briefly and back off a little.
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                wait = Math.Min(wait * 2, 50);
            }
            catch (IOException ex) when (DateTime.UtcNow >= deadline)
            {
                throw new IOException($"Another Trackdown process has held '{lockFile}' for {timeout.TotalSeconds:0} s; nothing was changed. Try again when it has finished.", ex);
            }
        }
    }

    public void Dispose() => stream.Dispose();
}
