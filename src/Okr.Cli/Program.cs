using Okr.Cli;

return OkrCommandLine.Run(args, CliContext.FromProcess());
