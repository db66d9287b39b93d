using BenchmarkDotNet.Running;
using Cleanroom.Benchmarks.Queries;

// `queries` runs the query harness (bench/README.md); anything else goes to BenchmarkDotNet.
if (args is ["queries", .. var rest])
{
    return await QueryBench.RunAsync(rest);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
