using System.Net;
using System.Net.NetworkInformation;
using Ipmi.Lan.Crypto;
using Ipmi.Lan.LanConfig;
using Ipmi.Lan.Tests.Support;
using Ipmi.Protocol;
using Microsoft.Extensions.Options;

namespace Ipmi.Lan.Tests.Commands;

/// <summary>Get / Set LAN Configuration Parameters (IPMI v2.0 §23.1-23.2, Table 23-4) and Get / Set Channel Access (§22.22-22.23).</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class LanConfigurationTests
{
    private readonly LanFixture _lan = new();
    private ScriptedClient _admin = null!;

    [SetUp]
    public void Login() => _admin = new ScriptedClient(_lan.Processor).Login(CipherSuite.Suite17, "admin", "secret")
        .SendCommand(NetFn.App, 0x3B, 0x04).ExpectResponse(0, 0x04);

    [TearDown]
    public void Dispose() => _lan.Dispose();

    /// <summary>Every parameter `ipmitool lan print 1` asks, in its order (lib/ipmi_lanp.c), with revision 11h first.</summary>
    public static IEnumerable<TestCaseData> LanPrintParameters()
    {
        yield return new TestCaseData((byte)0, new byte[] { 0x11, 0x00 }).SetName("0 set in progress: set complete");
        yield return new TestCaseData((byte)1, new byte[] { 0x11, 0x00 }).SetName("1 auth type support: none (RMCP+ only)");
        yield return new TestCaseData((byte)2, new byte[] { 0x11, 0, 0, 0, 0, 0 }).SetName("2 auth type enables: none");
        yield return new TestCaseData((byte)4, new byte[] { 0x11, 0x04 }).SetName("4 IP address source: other (the host OS)");
        yield return new TestCaseData((byte)3, new byte[] { 0x11, 10, 0, 0, 5 }).SetName("3 IP address");
        yield return new TestCaseData((byte)6, new byte[] { 0x11, 255, 255, 255, 0 }).SetName("6 subnet mask");
        yield return new TestCaseData((byte)5, new byte[] { 0x11, 0x02, 0x00, 0x5E, 0x10, 0x00, 0x05 }).SetName("5 MAC address");
        yield return new TestCaseData((byte)16, new byte[] { 0x11, (byte)'p', (byte)'u', (byte)'b', (byte)'l', (byte)'i', (byte)'c', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 })
            .SetName("16 community string: public");
        yield return new TestCaseData((byte)7, new byte[] { 0x11, 0x40, 0x40, 0x10 }).SetName("7 IPv4 header: the specification's defaults");
        yield return new TestCaseData((byte)10, new byte[] { 0x11, 0x02 }).SetName("10 ARP control: responses on, gratuitous off");
        yield return new TestCaseData((byte)11, new byte[] { 0x11, 0x00 }).SetName("11 gratuitous ARP interval");
        yield return new TestCaseData((byte)12, new byte[] { 0x11, 10, 0, 0, 1 }).SetName("12 default gateway");
        yield return new TestCaseData((byte)13, new byte[] { 0x11, 0, 0, 0, 0, 0, 0 }).SetName("13 default gateway MAC: unknown");
        yield return new TestCaseData((byte)14, new byte[] { 0x11, 0, 0, 0, 0 }).SetName("14 backup gateway: none");
        yield return new TestCaseData((byte)15, new byte[] { 0x11, 0, 0, 0, 0, 0, 0 }).SetName("15 backup gateway MAC");
        yield return new TestCaseData((byte)20, new byte[] { 0x11, 0x00, 0x00 }).SetName("20 VLAN ID: disabled");
        yield return new TestCaseData((byte)21, new byte[] { 0x11, 0x00 }).SetName("21 VLAN priority");
        yield return new TestCaseData((byte)22, new byte[] { 0x11, 0x06 }).SetName("22 cipher suite entries: the six offered");
        yield return new TestCaseData((byte)23, new byte[] { 0x11, 0x00, 1, 2, 3, 15, 16, 17 }).SetName("23 cipher suite IDs");
        yield return new TestCaseData((byte)24, new byte[] { 0x11, 0x00, 0x40, 0x44, 0, 0, 0, 0, 0, 0x40 }).SetName("24 suite privilege by suite ID: ADMINISTRATOR for 1, 2, 3 and 15; 16 and 17 have no nibble");
        yield return new TestCaseData((byte)26, new byte[] { 0x11, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 }).SetName("26 bad password threshold: 0, no user is ever locked");
    }

    [TestCaseSource(nameof(LanPrintParameters))]
    public void Get_lan_parameter(byte parameter, byte[] expected) =>
        _admin.SendCommand(NetFn.Transport, 0x02, 0x01, parameter, 0x00, 0x00).ExpectResponse(0, expected);

    [Test]
    public void Offered_suites_are_what_parameters_22_to_24_report()
    {
        using var lan = new LanFixture(o => o.CipherSuites = [3, 17]);
        new ScriptedClient(lan.Processor).Login(CipherSuite.Suite3, "admin", "secret")
            .SendCommand(NetFn.App, 0x3B, 0x04).ExpectResponse(0, 0x04)
            .SendCommand(NetFn.Transport, 0x02, 0x0E, 22, 0, 0).ExpectResponse(0, 0x11, 0x02)
            .SendCommand(NetFn.Transport, 0x02, 0x0E, 23, 0, 0).ExpectResponse(0, 0x11, 0x00, 3, 17)
            .SendCommand(NetFn.Transport, 0x02, 0x0E, 24, 0, 0).ExpectResponse(0, 0x11, 0x00, 0x00, 0x40, 0, 0, 0, 0, 0, 0);
    }

    [Test]
    public void Revision_only_unsupported_parameters_and_other_channels() =>
        _admin.SendCommand(NetFn.Transport, 0x02, 0x81, 0x03, 0, 0).ExpectResponse(0, 0x11)
            .SendCommand(NetFn.Transport, 0x02, 0x01, 0x08, 0, 0).ExpectResponse(CompletionCode.CommandSpecific80)
            .SendCommand(NetFn.Transport, 0x02, 0x01, 0xC0, 0, 0).ExpectResponse(CompletionCode.CommandSpecific80)
            .SendCommand(NetFn.Transport, 0x02, 0x02, 0x03, 0, 0).ExpectResponse(CompletionCode.InvalidDataField)
            .SendCommand(NetFn.Transport, 0x02, 0x01, 0x03, 0).ExpectResponse(CompletionCode.RequestDataLengthInvalid);

    [Test, Description("The host OS owns the network: only the set-in-progress lock is writable")]
    public void Set_lan_parameters_refuses_network_changes_and_keeps_the_set_in_progress_lock() =>
        _admin.SendCommand(NetFn.Transport, 0x01, 0x01, 0x03, 192, 168, 1, 9).ExpectResponse(CompletionCode.CommandSpecific82)
            .SendCommand(NetFn.Transport, 0x01, 0x01, 0x04, 0x02).ExpectResponse(CompletionCode.CommandSpecific82)
            .SendCommand(NetFn.Transport, 0x01, 0x01, 0x14, 0x05, 0x80).ExpectResponse(CompletionCode.CommandSpecific82)
            .SendCommand(NetFn.Transport, 0x01, 0x01, 0x08, 0x6F, 0x02).ExpectResponse(CompletionCode.CommandSpecific80)
            .SendCommand(NetFn.Transport, 0x01, 0x01, 0x00, 0x01).ExpectResponse(0)
            .SendCommand(NetFn.Transport, 0x02, 0x01, 0x00, 0, 0).ExpectResponse(0, 0x11, 0x01)
            .SendCommand(NetFn.Transport, 0x01, 0x01, 0x00, 0x01).ExpectResponse(CompletionCode.CommandSpecific81)
            .SendCommand(NetFn.Transport, 0x01, 0x01, 0x00, 0x02).ExpectResponse(0)
            .SendCommand(NetFn.Transport, 0x01, 0x01, 0x00, 0x00).ExpectResponse(0)
            .SendCommand(NetFn.Transport, 0x02, 0x01, 0x00, 0, 0).ExpectResponse(0, 0x11, 0x00)
            .SendCommand(NetFn.Transport, 0x01, 0x01, 0x00).ExpectResponse(CompletionCode.RequestDataLengthInvalid);

    [Test]
    public void User_privilege_may_not_read_lan_parameters() =>
        new ScriptedClient(_lan.Processor).Login(CipherSuite.Suite3, "viewer", "viewsecret", PrivilegeLevel.User)
            .SendCommand(NetFn.Transport, 0x02, 0x01, 0x03, 0, 0).ExpectResponse(CompletionCode.InsufficientPrivilege)
            .SendCommand(NetFn.App, 0x41, 0x01, 0x80).ExpectResponse(0, 0x22, 0x04);

    [TestCase((byte)0x80, Description = "volatile")]
    [TestCase((byte)0x40, Description = "non-volatile")]
    public void Get_channel_access_reports_always_available_with_authentication_and_admin_limit(byte copy) =>
        _admin.SendCommand(NetFn.App, 0x41, 0x01, copy).ExpectResponse(0, 0x22, 0x04)
            .SendCommand(NetFn.App, 0x41, 0x0E, copy).ExpectResponse(0, 0x22, 0x04);

    [Test]
    public void Get_channel_access_refuses_other_channels_and_copy_00() =>
        _admin.SendCommand(NetFn.App, 0x41, 0x02, 0x80).ExpectResponse(CompletionCode.InvalidDataField)
            .SendCommand(NetFn.App, 0x41, 0x01, 0x00).ExpectResponse(CompletionCode.InvalidDataField);

    [Test]
    public void Set_channel_access_accepts_what_the_channel_does_and_refuses_the_rest() =>
        _admin.SendCommand(NetFn.App, 0x40, 0x01, 0x82, 0x84).ExpectResponse(0)
            .SendCommand(NetFn.App, 0x40, 0x01, 0xA2, 0x44).ExpectResponse(0)
            .SendCommand(NetFn.App, 0x40, 0x01, 0x00, 0x00).ExpectResponse(0)
            .SendCommand(NetFn.App, 0x40, 0x01, 0x80, 0x00).ExpectResponse(CompletionCode.CommandSpecific83)
            .SendCommand(NetFn.App, 0x40, 0x01, 0x92, 0x00).ExpectResponse(CompletionCode.InvalidDataField)
            .SendCommand(NetFn.App, 0x40, 0x01, 0x8A, 0x00).ExpectResponse(CompletionCode.InvalidDataField)
            .SendCommand(NetFn.App, 0x40, 0x01, 0x00, 0x82).ExpectResponse(CompletionCode.InvalidDataField)
            .SendCommand(NetFn.App, 0x40, 0x01, 0xC2, 0x00).ExpectResponse(CompletionCode.InvalidDataField);

    [TestCase((byte)0x00)]
    [TestCase((byte)0x02)]
    [TestCase((byte)0x07)]
    [TestCase((byte)0x0F)]
    [Description("FreeIPMI's bmc-info walks channels 0-15: absent ones answer CCh")]
    public void Get_channel_info_of_an_absent_channel_is_cc(byte channel) =>
        _admin.SendCommand(NetFn.App, 0x42, channel).ExpectResponse(CompletionCode.InvalidDataField);

    [Test]
    public void Host_facts_for_loopback_have_no_mac()
    {
        var facts = new HostNetworkFactsSource(Options.Create(new LanOptions { Address = "127.0.0.1" })).Read();
        Assert.That(facts.Address, Is.EqualTo(IPAddress.Loopback));
        Assert.That(facts.SubnetMask, Is.EqualTo(IPAddress.Parse("255.0.0.0")));
        Assert.That(facts.MacAddress, Is.EqualTo(PhysicalAddress.None));
    }

    [Test]
    public void Host_facts_for_an_ipv6_address_are_zeros() =>
        Assert.That(new HostNetworkFactsSource(Options.Create(new LanOptions { Address = "::1" })).Read(), Is.EqualTo(NetworkFacts.Unknown));
}
