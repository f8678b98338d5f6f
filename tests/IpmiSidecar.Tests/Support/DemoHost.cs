using System.Text.RegularExpressions;

namespace IpmiSidecar.Tests.Support;

/// <summary>
/// The demo's host power through ipmitool. Fans and host rails are on the main power domain, so they read only
/// with the host on; tests that need their values power it on first.
/// </summary>
public static class DemoHost
{
    /// <summary>Powers the host on and waits (at most 15 s) until both fans have spun up past their thresholds ("ok").</summary>
    public static async Task PowerOnAsync(int port)
    {
        var on = await Ipmitool.RunAsync(port, "17", "admin", "ipmisidecar", "chassis", "power", "on");
        Assert.That(on.ExitCode, Is.Zero, on.ToString);
        var spunUp = new Regex(@"(?m)^Fan 1\s+\| [\d.]+\s+\| RPM\s+\| ok.*\n^Fan 2\s+\| [\d.]+\s+\| RPM\s+\| ok");
        var list = "";
        for (var i = 0; i < 30 && !spunUp.IsMatch(list); i++)
        {
            await Task.Delay(500);
            list = (await Ipmitool.RunAsync(port, "17", "admin", "ipmisidecar", "sensor", "list")).StdOut;
        }
        Assert.That(list, Does.Match(spunUp.ToString()), "both fans spin after power-on");
    }
}
