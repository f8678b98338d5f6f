using BenchmarkDotNet.Running;
using IpmiSidecar.Bench;

// "alloc": the quick allocation check (bytes per operation, no BenchmarkDotNet); anything else goes to BenchmarkDotNet.
if (args is ["alloc", ..])
    return AllocationCheck.Run();
BenchmarkSwitcher.FromAssembly(typeof(AllocationCheck).Assembly).Run(args);
return 0;
