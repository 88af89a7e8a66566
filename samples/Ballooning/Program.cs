return Okr.Samples.BallooningSample.Run(Console.Out);
