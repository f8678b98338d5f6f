using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd.Oem;

/// <summary>
/// ipmitool chassis power commands really change the simulated host's state (power-good on the demo board's
/// PCA9555). A forced off holds the button for seconds, so the commands are acknowledged and the state is polled.
/// </summary>
[TestFixture("3")]
[TestFixture("17")]
[NonParallelizable]
public class IpmitoolPowerTests(string cipherSuite)
{
    private SidecarProcess _sidecar = null!;

    [SetUp]
    public async Task StartSidecar() => _sidecar = await SidecarProcess.StartAsync();

    [TearDown]
    public async Task StopSidecar() => await _sidecar.DisposeAsync();

    private async Task<string> Ipmitool(params string[] command)
    {
        var result = await Support.Ipmitool.RunAsync(_sidecar.Port, cipherSuite, "admin", "ipmisidecar", command);
        Assert.That(result.ExitCode, Is.Zero, result.ToString);
        return result.StdOut;
    }

    private async Task WaitForPower(string state)
    {
        var last = "";
        for (var i = 0; i < 30; i++)
        {
            last = await Ipmitool("chassis", "power", "status");
            if (last.Contains($"Chassis Power is {state}"))
                return;
            await Task.Delay(500);
        }
        Assert.Fail($"power did not become {state}: {last}");
    }

    [Test]
    public async Task Power_on_off_cycle_reset_and_soft_change_the_state()
    {
        await WaitForPower("off");
        Assert.That(await Ipmitool("chassis", "power", "on"), Does.Contain("Chassis Power Control: Up/On"));
        await WaitForPower("on");
        Assert.That(await Ipmitool("chassis", "status"), Does.Match(@"Last Power Event\s+: command"));

        Assert.That(await Ipmitool("chassis", "power", "reset"), Does.Contain("Chassis Power Control: Reset"));
        await WaitForPower("on");
        Assert.That(await Ipmitool("chassis", "restart_cause"), Does.Contain("chassis power control command"));

        Assert.That(await Ipmitool("chassis", "power", "off"), Does.Contain("Chassis Power Control: Down/Off"));
        await WaitForPower("off");

        Assert.That(await Ipmitool("chassis", "power", "cycle"), Does.Contain("Chassis Power Control: Cycle"));
        await WaitForPower("on");

        Assert.That(await Ipmitool("chassis", "power", "soft"), Does.Contain("Chassis Power Control: Soft"));
        await WaitForPower("off");

        Assert.That(await Ipmitool("sel", "elist"), Does.Contain("System Restart"));
    }
}
