using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd.Oem;

/// <summary>
/// The power restore policy (`chassis policy`, IPMI v2.0 §28.8) acted on by the real executable on the demo board.
/// The simulated board keeps no state of its own: every start finds the host unpowered, so stopping the sidecar and
/// starting it again on the same state directory is an AC loss and its return.
/// </summary>
[NonParallelizable]
public class PowerRestoreEndToEndTests
{
    private static async Task<string> Ipmitool(SidecarProcess sidecar, params string[] command)
    {
        var result = await Support.Ipmitool.RunAsync(sidecar.Port, "17", "admin", "ipmisidecar", command);
        Assert.That(result.ExitCode, Is.Zero, () => result + "\n--- sidecar\n" + sidecar.Output);
        return result.StdOut;
    }

    /// <summary>Stops the sidecar (SIGTERM, exit 0): the simulated board loses power with it.</summary>
    private static async Task LoseAcAsync(SidecarProcess sidecar)
    {
        Assert.That(await sidecar.StopAsync(TimeSpan.FromSeconds(10)), Is.Zero, sidecar.Output);
        await sidecar.DisposeAsync();
    }

    /// <summary>Polls (at most 10 s each) until the power status says <paramref name="state"/> ("on", "off").</summary>
    private static async Task<string> WaitForPowerAsync(SidecarProcess sidecar, string state)
    {
        var status = "";
        for (var i = 0; i < 100 && !status.Contains($"is {state}"); i++)
        {
            await Task.Delay(100);
            status = await Ipmitool(sidecar, "chassis", "power", "status");
        }
        return status;
    }

    /// <summary>Waits for the start-up policy's decision (its log line), then for the power state it leads to.</summary>
    private static async Task<string> PowerAfterRestoreAsync(SidecarProcess sidecar)
    {
        for (var i = 0; i < 100 && !sidecar.Output.Contains("Oem.Handlers.Chassis.PowerRestore"); i++)
            await Task.Delay(100);
        Assert.That(sidecar.Output, Does.Contain("Oem.Handlers.Chassis.PowerRestore"), "the policy decided");
        return await WaitForPowerAsync(sidecar, sidecar.Output.Contains("powering it on") ? "on" : "off");
    }

    [Test]
    public async Task Always_on_powers_the_host_on_after_a_simulated_ac_loss()
    {
        var first = await SidecarProcess.StartAsync();
        await Ipmitool(first, "chassis", "policy", "always-on");
        Assert.That(await Ipmitool(first, "chassis", "power", "status"), Does.Contain("Chassis Power is off"));
        await LoseAcAsync(first);

        await using var second = await SidecarProcess.StartWithStateAsync(first.StateDirectory);

        Assert.That(await PowerAfterRestoreAsync(second), Does.Contain("Chassis Power is on"));
        Assert.That(await Ipmitool(second, "chassis", "restart_cause"), Does.Contain("power-up due to always-restore power policy"));
        Assert.That(await Ipmitool(second, "sel", "elist"), Does.Match(@"System Boot Initiated #0xf1 \| System Restart \| Asserted"));
        Assert.That(await Ipmitool(second, "raw", "0x00", "0x07"), Is.EqualTo(" 06 00\n"), "§28.11 cause 06h, channel 0");
    }

    [Test]
    public async Task Previous_restores_the_power_state_the_host_had_before_the_ac_loss()
    {
        var first = await SidecarProcess.StartAsync();
        await Ipmitool(first, "chassis", "policy", "previous");
        await DemoHost.PowerOnAsync(first.Port);
        await LoseAcAsync(first);

        var second = await SidecarProcess.StartWithStateAsync(first.StateDirectory);
        Assert.That(await PowerAfterRestoreAsync(second), Does.Contain("Chassis Power is on"), "it was on");
        Assert.That(await Ipmitool(second, "chassis", "restart_cause"), Does.Contain("power-up due to restore-previous power policy"));
        await Ipmitool(second, "chassis", "power", "off");
        var status = await WaitForPowerAsync(second, "off"); // the forced off (5 s) outlasts the 2 s answer
        Assert.That(status, Does.Contain("Chassis Power is off"));
        await LoseAcAsync(second);

        await using var third = await SidecarProcess.StartWithStateAsync(first.StateDirectory);
        Assert.That(await PowerAfterRestoreAsync(third), Does.Contain("Chassis Power is off"), "it was off");
        Assert.That(third.Output, Does.Contain("power restore policy Previous (last power state: off) leaves it off"));
    }
}
