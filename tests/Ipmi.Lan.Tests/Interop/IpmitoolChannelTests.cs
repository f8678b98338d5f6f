namespace Ipmi.Lan.Tests.Interop;

/// <summary>ipmitool 1.8.19's LAN-channel commands (`lan print`, `user …`, `channel info`) against an in-process listener.</summary>
[TestFixture, NonParallelizable]
public class IpmitoolChannelTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);
    private ListenerHost _host = null!;

    [OneTimeSetUp]
    public async Task Start() => _host = await ListenerHost.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _host.DisposeAsync();

    private async Task<ClientProcess.Result> Ipmitool(string arguments, string user = "admin", string password = "secret")
    {
        var result = await ClientProcess.RunAsync("ipmitool", $"-I lanplus -C 17 -H 127.0.0.1 -p {_host.Port} -U {user} -P {password} -N 1 -R 2 {arguments}", Limit);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        return result;
    }

    [Test]
    public async Task Lan_print_shows_every_parameter()
    {
        var output = (await Ipmitool("lan print 1")).Output;
        Assert.That(output, Does.Match(@"Set in Progress\s+: Set Complete"));
        Assert.That(output, Does.Match(@"IP Address Source\s+: Other"));
        Assert.That(output, Does.Match(@"IP Address\s+: 10\.0\.0\.5\n"));
        Assert.That(output, Does.Match(@"Subnet Mask\s+: 255\.255\.255\.0"));
        Assert.That(output, Does.Match(@"MAC Address\s+: 02:00:5e:10:00:05"));
        Assert.That(output, Does.Match(@"Default Gateway IP\s+: 10\.0\.0\.1"));
        Assert.That(output, Does.Match(@"802\.1q VLAN ID\s+: Disabled"));
        Assert.That(output, Does.Match(@"RMCP\+ Cipher Suites\s+: 1,2,3,15,16,17\n"));
        // Parameter 24 by suite ID: suites 1-3 reach ADMINISTRATOR; ipmitool shows the nibbles of suites 0-14.
        Assert.That(output, Does.Match(@"Cipher Suite Priv Max\s+: XaaaXXXXXXXXXXX\n"));
        Assert.That(output, Does.Match(@"Bad Password Threshold\s+: 0\n"));
        Assert.That(output, Does.Match(@"User Lockout Interval\s+: 0\n"));
    }

    [Test]
    public async Task Channel_info_prints_the_lan_channel_and_its_access()
    {
        foreach (var arguments in new[] { "channel info", "channel info 1" })
        {
            var output = (await Ipmitool(arguments)).Output;
            Assert.That(output, Does.Contain("Channel 0x1 info:"));
            Assert.That(output, Does.Match(@"Channel Medium Type\s+: 802\.3 LAN"));
            Assert.That(output, Does.Match(@"Session Support\s+: multi-session"));
            Assert.That(output, Does.Match(@"Per-message Auth\s+: enabled"));
            Assert.That(output, Does.Match(@"User Level Auth\s+: enabled"));
            Assert.That(output, Does.Match(@"Access Mode\s+: always available"));
        }
    }

    [Test]
    public async Task User_list_set_name_password_priv_enable_and_disable()
    {
        var list = (await Ipmitool("user list 1")).Output;
        Assert.That(list, Does.Match(@"\n1\s+true\s+false\s+false\s+NO ACCESS\n"));
        Assert.That(list, Does.Match(@"\n2\s+admin\s+true\s+false\s+true\s+ADMINISTRATOR\n"));
        Assert.That(list, Does.Match(@"\n4\s+viewer\s+true\s+false\s+true\s+USER\n"));
        Assert.That(list.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(16), "a header and 15 user IDs");

        await Ipmitool("user set name 9 carol");
        await Ipmitool("user set password 9 carol-password");
        await Ipmitool("user priv 9 3 1");
        await Ipmitool("user enable 9");
        Assert.That((await Ipmitool("user list 1")).Output, Does.Match(@"\n9\s+carol\s+true\s+false\s+true\s+OPERATOR\n"));
        Assert.That((await Ipmitool("-L OPERATOR raw 0x06 0x01", "carol", "carol-password")).Output.Trim(), Does.StartWith("20 01"));
        Assert.That((await Ipmitool("user test 9 16 carol-password")).Output, Does.Contain("Success"));

        await Ipmitool("user disable 9");
        var refused = await ClientProcess.RunAsync("ipmitool",
            $"-I lanplus -C 17 -H 127.0.0.1 -p {_host.Port} -U carol -P carol-password -L OPERATOR -N 1 -R 1 raw 0x06 0x01", Limit);
        Assert.That(refused.ExitCode, Is.Not.EqualTo(0), refused.ToString());
    }
}
