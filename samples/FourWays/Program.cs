return Okr.Samples.FourWaysSample.Run(Console.Out, args.Length > 0 ? args[0] : "four-ways");
