return Okr.Samples.CheckInsSample.Run(Console.Out, args.Length > 0 ? args[0] : null);
