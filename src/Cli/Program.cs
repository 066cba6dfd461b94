using Trackdown.Cli;

return CliApp.Run(args, Terminal.FromEnvironment());
