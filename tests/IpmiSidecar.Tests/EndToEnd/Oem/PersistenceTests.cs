using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd.Oem;

/// <summary>DESIGN.md, Reliability: a kill -9 right after an acknowledged change loses nothing.</summary>
[NonParallelizable]
public class PersistenceTests
{
    private static async Task<string> Ipmitool(SidecarProcess sidecar, params string[] command)
    {
        var result = await Support.Ipmitool.RunAsync(sidecar.Port, "17", "admin", "ipmisidecar", command);
        Assert.That(result.ExitCode, Is.Zero, result.ToString);
        return result.StdOut;
    }

    [Test]
    public async Task Boot_flags_policy_and_sel_survive_sigkill()
    {
        var first = await SidecarProcess.StartAsync();
        string before;
        try
        {
            await Ipmitool(first, "chassis", "bootdev", "disk", "options=persistent");
            await Ipmitool(first, "chassis", "policy", "always-on");
            await Ipmitool(first, "sel", "clear");
            before = await Ipmitool(first, "sel", "elist");
        }
        finally
        {
            await first.KillAsync();
            await first.DisposeAsync();
        }

        await using var second = await SidecarProcess.StartWithStateAsync(first.StateDirectory);
        Assert.That(await Ipmitool(second, "chassis", "bootparam", "get", "5"), Does.Contain("Boot parameter data: c008000000"));
        Assert.That(await Ipmitool(second, "chassis", "status"), Does.Match(@"Power Restore Policy\s+: always-on"));
        Assert.That(await Ipmitool(second, "sel", "elist"), Does.StartWith(before.Split('\n')[0]));
    }
}
