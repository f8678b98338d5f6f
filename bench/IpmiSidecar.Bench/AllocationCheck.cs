using Ipmi.Protocol;
using Ipmi.Protocol.App;
using IpmiLoad.Client;

namespace IpmiSidecar.Bench;

/// <summary>
/// Managed bytes allocated per authenticated Get Device ID on the steady-state path, per cipher suite:
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/> around the processor alone, after a warm-up long
/// enough for tiered compilation. Exit code 1 when any suite allocates.
/// </summary>
public static class AllocationCheck
{
    private const int Requests = 2000;
    private const int WarmupRounds = 50;

    public static int Run()
    {
        var failed = false;
        foreach (var suite in new[] { ConsoleSuite.Suite3, ConsoleSuite.Suite17 })
        {
            using var lan = new InProcessLan();
            using var console = new RmcpPlusConsole(suite, InProcessLan.User, InProcessLan.Password);
            var buffer = new byte[RmcpPlusConsole.MaxDatagram];
            if (!lan.Handshake(console, buffer))
                throw new InvalidOperationException($"cipher suite {suite.Id}: login failed");
            var requests = Enumerable.Range(0, Requests).Select(_ => new byte[RmcpPlusConsole.MaxDatagram]).ToArray();
            var lengths = new int[Requests];
            var perRequest = 0.0;
            for (var round = 0; round <= WarmupRounds; round++)
            {
                for (var i = 0; i < Requests; i++)
                    lengths[i] = console.WriteRequest(NetFn.App, GetDeviceId.Command, [], requests[i]);
                var before = GC.GetAllocatedBytesForCurrentThread();
                for (var i = 0; i < Requests; i++)
                {
                    if (lan.Process(requests[i].AsMemory(0, lengths[i])) == 0)
                        throw new InvalidOperationException($"cipher suite {suite.Id}: request {i} dropped");
                }
                perRequest = (double)(GC.GetAllocatedBytesForCurrentThread() - before) / Requests;
                if (round < WarmupRounds)
                    Thread.Sleep(10);
            }
            if (!lan.Command(console, buffer, NetFn.App, GetDeviceId.Command, []))
                throw new InvalidOperationException($"cipher suite {suite.Id}: Get Device ID failed after the run");
            Console.WriteLine($"cipher suite {suite.Id,2}: {perRequest:0.0} bytes allocated per authenticated Get Device ID");
            failed |= perRequest > 0;
        }
        return failed ? 1 : 0;
    }
}
