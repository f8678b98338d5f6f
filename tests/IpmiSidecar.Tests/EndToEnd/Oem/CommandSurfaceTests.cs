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

    [Test, Description("DCMI v1.5 §6.4.5-6.4.6: ipmitool probes the length with a 1-byte read, then reads and writes 16-byte chunks")]
    public async Task Ipmitool_dcmi_set_mc_id_string_is_read_back_by_get_mc_id_string()
    {
        await Ipmitool("dcmi", "set_mc_id_string", "rack7-node42-bmc-a");
        Assert.That(await Ipmitool("dcmi", "get_mc_id_string"), Does.Contain("Get Management Controller Identifier String: rack7-node42-bmc-a\n"));
    }

    [Test, Description("DCMI v1.5 §6.4.2-6.4.3: ipmitool asks for 0 bytes first to learn the length")]
    public async Task Ipmitool_dcmi_set_asset_tag_is_read_back_by_asset_tag()
    {
        await Ipmitool("dcmi", "set_asset_tag", "RACK-07-NODE-0042-X");
        Assert.That(await Ipmitool("dcmi", "asset_tag"), Does.Contain("Asset tag: RACK-07-NODE-0042-X\n"));
    }

    [Test]
    public async Task Ipmi_dcmi_sets_and_gets_the_identifier_string_and_the_asset_tag()
    {
        foreach (var (set, get, value) in new[]
                 {
                     ("--set-management-controller-identifier-string=freeipmi-named-bmc-01", "--get-management-controller-identifier-string", "freeipmi-named-bmc-01"),
                     ("--set-asset-tag=ASSET-0000-1111-2222", "--get-asset-tag", "ASSET-0000-1111-2222"),
                 })
        {
            var setResult = await FreeIpmi("ipmi-dcmi", set);
            Assert.That(setResult.ExitCode, Is.Zero, setResult.ToString);
            var getResult = await FreeIpmi("ipmi-dcmi", get);
            Assert.That(getResult.StdOut, Is.EqualTo(value + "\n"), getResult.ToString);
        }
    }

    [Test, Description("ipmi-config's DCMI_Conf section writes both strings in chunks and reads them back")]
    public async Task Ipmi_config_commits_and_checks_out_the_dcmi_identity()
    {
        var commit = await FreeIpmi("ipmi-config", "--category=dcmi", "--commit",
            "--key-pair=DCMI_Conf:Asset_Tag=CFG-TAG-7", "--key-pair=DCMI_Conf:Management_Controller_Identifier_String=cfg-bmc-7");
        Assert.That(commit.ExitCode, Is.Zero, commit.ToString);
        var checkout = await FreeIpmi("ipmi-config", "--category=dcmi", "--checkout", "--section=DCMI_Conf");
        Assert.That(checkout.StdOut, Does.Match(@"\n\s*Asset_Tag\s+CFG-TAG-7\n"), checkout.ToString);
        Assert.That(checkout.StdOut, Does.Match(@"\n\s*Management_Controller_Identifier_String\s+cfg-bmc-7\n"), checkout.ToString);
    }

    [Test, Description("IPMI v2.0 §23.2 parameter 24 by suite ID: suite 3 is offered and reaches ADMINISTRATOR")]
    public async Task Ipmi_config_shows_the_privilege_limit_of_cipher_suite_3_and_refuses_to_change_it()
    {
        var checkout = await FreeIpmi("ipmi-config", "--checkout", "--section=Rmcpplus_Conf_Privilege");
        Assert.That(checkout.StdOut, Does.Match(@"\n\s*Maximum_Privilege_Cipher_Suite_Id_3\s+Administrator\n"), checkout.ToString);
        Assert.That(checkout.StdOut, Does.Not.Match(@"Cipher_Suite_Id_\d+\s+Unused"));

        var commit = await FreeIpmi("ipmi-config", "--commit", "--key-pair=Rmcpplus_Conf_Privilege:Maximum_Privilege_Cipher_Suite_Id_3=Operator");
        Assert.That(commit.ExitCode, Is.Not.Zero);
        Assert.That(commit.Output, Does.Contain("Read Only Field"), commit.ToString);
    }

    [Test]
    public async Task Ipmitool_lan_print_lists_the_offered_suites_and_their_privilege_by_suite_id()
    {
        var output = await Ipmitool("lan", "print");
        Assert.That(output, Does.Match(@"RMCP\+ Cipher Suites\s+: 3,17\n"));
        Assert.That(output, Does.Match(@"Cipher Suite Priv Max\s+: XXXaXXXXXXXXXXX\n"));
    }

    [Test, Description("pyghmi's get_hostname and set_hostname (Ironic, xCAT) are the DCMI management controller identifier")]
    public async Task Pyghmi_set_hostname_is_read_back_by_get_hostname() =>
        Assert.That(await Python("cmd.set_hostname('pyghmi-node-1')\nprint(cmd.get_hostname())"), Is.EqualTo("pyghmi-node-1\n"));
}
