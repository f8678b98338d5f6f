using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd;

/// <summary>
/// FreeIPMI's rmcpping and ipmiping only talk to port 623 and refuse the host's own addresses, so the
/// sidecar and the pings run together in a private network namespace (`unshare -n`, root only) whose
/// loopback is theirs alone: nothing on the machine's real port 623 is touched.
/// </summary>
[NonParallelizable]
public class PresencePingTests
{
    private static async Task<ToolResult> RunInPrivateNetworkAsync(string pingCommand)
    {
        var probe = await Tool.RunAsync("unshare", ["-n", "true"], TimeSpan.FromSeconds(10));
        if (probe.ExitCode != 0)
            Assert.Ignore($"needs root for a private network namespace: {probe.StdErr.Trim()}");
        var state = Directory.CreateTempSubdirectory("ipmisidecar-ping-").FullName;
        var script = $"""
            ip link set lo up
            dotnet '{SidecarProcess.AssemblyPath}' --Lan:Port=623 --State:Directory='{state}' > '{state}/sidecar.log' 2>&1 &
            pid=$!
            for i in $(seq 1 100); do grep -q 'Listening on' '{state}/sidecar.log' && break; sleep 0.1; done
            {pingCommand}
            status=$?
            kill $pid; wait $pid
            exit $status
            """;
        return await Tool.RunAsync("unshare", ["-n", "sh", "-c", script], TimeSpan.FromSeconds(60));
    }

    [Test]
    public async Task Rmcpping_gets_a_pong()
    {
        var result = await RunInPrivateNetworkAsync("rmcpping -c 1 -t 3 127.0.0.1");
        Assert.That(result.ExitCode, Is.Zero, result.ToString);
        Assert.That(result.StdOut, Does.Contain("pong received from 127.0.0.1"));
        Assert.That(result.StdOut, Does.Contain("1 pings transmitted, 1 pongs received in time, 0.0% packet loss"));
    }

    [Test]
    public async Task Ipmiping_gets_an_authentication_capabilities_answer()
    {
        var result = await RunInPrivateNetworkAsync("ipmiping -c 1 -t 3 127.0.0.1");
        Assert.That(result.ExitCode, Is.Zero, result.ToString);
        Assert.That(result.StdOut, Does.Contain("response received from 127.0.0.1"));
        Assert.That(result.StdOut, Does.Contain("1 requests transmitted, 1 responses received in time, 0.0% packet loss"));
    }
}
