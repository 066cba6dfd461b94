namespace Trackdown.Cli;

/// <summary>The process exit codes, documented in README.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Validation errors, a refused transition, a budget overrun: the user's data needs attention.</summary>
    public const int ValidationFailed = 1;

    /// <summary>Bad arguments, or a missing argument when there is no terminal to prompt on.</summary>
    public const int UsageError = 2;

    /// <summary>Something outside our files failed: I/O, git, network.</summary>
    public const int ExternalFailure = 3;
}

/// <summary>Thrown for problems the user fixes by changing the command line.</summary>
internal sealed class UsageException(string message) : Exception(message);
