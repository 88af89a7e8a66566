return Okr.Samples.TeamOkrsSample.Run(Console.Out, args.Length > 0 ? args[0] : null);
