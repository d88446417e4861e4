using BenchmarkDotNet.Running;
using RecoveryInfo.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(SearchBenchmarks).Assembly).Run(args);
