return Okr.Samples.LongestChainSample.Run(Console.Out, args.Length > 0 ? args[0] : null, args.Length > 1 ? args[1] : null);
