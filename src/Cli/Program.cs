using Trackdown.Cli;

FileSizeSignal.Ignore();
return CliApp.Run(args, Terminal.FromEnvironment());
