using IpmiSidecar.Tests.Support;

namespace IpmiSidecar.Tests.EndToEnd.Oem;

/// <summary>
/// The commands real clients send beyond the basics, each driven by the client that needs it: FreeIPMI's
/// ipmi-config commit and checkout, pyghmi's Command methods and ipmitool's mc and dcmi subcommands. One sidecar.
/// </summary>
[NonParallelizable]
public class CommandSurfaceTests
{
    private SidecarProcess _sidecar = null!;

    [OneTimeSetUp]
    public async Task StartSidecar() => _sidecar = await SidecarProcess.StartAsync();

    [OneTimeTearDown]
    public async Task StopSidecar() => await _sidecar.DisposeAsync();

    private async Task<ToolResult> FreeIpmi(string tool, params string[] arguments) =>
        await Tool.RunAsync(tool,
            ["-D", "LAN_2_0", "-h", $"127.0.0.1:{_sidecar.Port}", "-u", "admin", "-p", "ipmisidecar", .. arguments], TimeSpan.FromSeconds(60));

    private async Task<string> Python(string body)
    {
        var script = "import pyghmi.ipmi.command as c\n"
            + $"cmd = c.Command(bmc='127.0.0.1', port={_sidecar.Port}, userid='admin', password='ipmisidecar')\n" + body;
        var result = await Tool.RunAsync("/usr/bin/python3", ["-c", script], TimeSpan.FromSeconds(60));
        Assert.That(result.ExitCode, Is.Zero, result.ToString);
        return result.StdOut;
    }

    private async Task<string> Ipmitool(params string[] command)
    {
        var result = await Support.Ipmitool.RunAsync(_sidecar.Port, "17", "admin", "ipmisidecar", command);
        Assert.That(result.ExitCode, Is.Zero, result.ToString);
        return result.StdOut;
    }

    [Test, Description("the section's post-commit sets boot option parameter 3 (valid bit clearing) and 4 (acknowledge)")]
    public async Task Ipmi_config_commits_the_boot_device_without_a_post_commit_error()
    {
        var commit = await FreeIpmi("ipmi-config", "--category=chassis", "--commit", "--key-pair=Chassis_Boot_Flags:Boot_Device=PXE");
        Assert.That(commit.ExitCode, Is.Zero, commit.ToString);
        Assert.That(commit.Output, Does.Not.Contain("ERROR"));

        var checkout = await FreeIpmi("ipmi-config", "--category=chassis", "--checkout", "--section=Chassis_Boot_Flags");
        Assert.That(checkout.StdOut, Does.Match(@"\n\s*Boot_Device\s+PXE\n"), checkout.ToString);
    }

    [Test, Description("set_bootdev sends parameter 3 (08) before the flags; get_bootdev reads them back")]
    public async Task Pyghmi_set_bootdev_network_persistent_uefi_is_read_back()
    {
        var output = await Python(
            "print(cmd.set_bootdev('network', persist=True, uefiboot=True))\n" +
            "b = cmd.get_bootdev(); print(b['bootdev'], b['persistent'], b['uefimode'])");
        Assert.That(output, Is.EqualTo("{'bootdev': 'network'}\nnetwork True True\n"));
    }

    [Test, Description("setenables reads the enables, changes one bit and writes them back; getenables shows the result. " +
                       "ipmitool 1.8.19 matches the option name exactly and reads its value from the next argument, so `name off`")]
    public async Task Ipmitool_mc_setenables_turns_system_event_logging_off_and_on()
    {
        Assert.That(await Ipmitool("mc", "getenables"), Does.Match(@"System Event Logging\s+: enabled"));
        try
        {
            await Ipmitool("mc", "setenables", "system_event_log", "off");
            var off = await Ipmitool("mc", "getenables");
            Assert.That(off, Does.Match(@"System Event Logging\s+: disabled"));
            Assert.That(off, Does.Match(@"Receive Message Queue Interrupt\s+: disabled"));
        }
        finally
        {
            await Ipmitool("mc", "setenables", "system_event_log", "on");
        }
        Assert.That(await Ipmitool("mc", "getenables"), Does.Match(@"System Event Logging\s+: enabled"));
    }

    [Test]
    public async Task Ipmitool_mc_setenables_of_an_interrupt_the_sidecar_lacks_is_refused()
    {
        var result = await Support.Ipmitool.RunAsync(_sidecar.Port, "17", "admin", "ipmisidecar", "mc", "setenables", "recv_msg_intr", "on");
        Assert.That(result.Output, Does.Contain("Invalid data field"), result.ToString);
    }
}
