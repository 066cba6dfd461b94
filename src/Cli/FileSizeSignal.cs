using System.Runtime.InteropServices;

namespace Trackdown.Cli;

/// <summary>
/// Under a file-size limit (<c>ulimit -f</c>) the kernel sends SIGXFSZ to a process whose write goes past it, and the
/// default action kills the process mid-write (exit 153) with a temp file left behind. With the signal handled, the
/// write fails with EFBIG instead: an IOException, which the CLI reports in one line with exit 3 after the atomic
/// writer has removed its temp file.
/// </summary>
internal static class FileSizeSignal
{
    /// <summary>SIGXFSZ on Linux and macOS; .NET accepts raw signal numbers cast to <see cref="PosixSignal"/>.</summary>
    private const int SigXfsz = 25;

    private static PosixSignalRegistration? registration;

    public static void Ignore()
    {
        if (OperatingSystem.IsWindows() || registration is not null)
        {
            return;
        }

        registration = PosixSignalRegistration.Create((PosixSignal)SigXfsz, static context => context.Cancel = true);
    }
}
