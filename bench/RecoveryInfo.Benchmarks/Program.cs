using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(RecoveryInfo.Benchmarks.SnapshotBuildBenchmarks).Assembly).Run(args);
