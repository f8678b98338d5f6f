using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Oem.PassThrough;
using Oem.Simulation;

namespace Oem.Tests.PassThrough;

/// <summary>What a pass-through node registers: the forwarded set, its privileges (IPMI v2.0 Appendix G), and what it leaves to the LAN layer.</summary>
public sealed class CommandTableTests
{
    private static readonly IReadOnlyList<CommandRegistration> Registered = Sources();

    private static IReadOnlyList<CommandRegistration> Sources()
    {
        var link = new DirectBmcLink(new SimulatedIpmiBmc());
        var cache = new SdrCache(link, new PassThroughOptions(), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<SdrCache>.Instance);
        return [.. new PassThroughCommands(link, cache).Commands, .. new SdrCacheCommands(cache, link).Commands];
    }

    private static CommandRegistration Find(NetFn netFn, byte command, byte group = 0) => Registered.Single(r => r.Key == new CommandKey(netFn, command, group));

    [Test]
    public void No_command_is_registered_twice() =>
        Assert.That(Registered.Select(r => r.Key), Is.Unique);

    [TestCase((byte)0x38), TestCase((byte)0x39), TestCase((byte)0x3A), TestCase((byte)0x3B), TestCase((byte)0x3C), TestCase((byte)0x3D),
     TestCase((byte)0x40), TestCase((byte)0x41), TestCase((byte)0x42), TestCase((byte)0x43), TestCase((byte)0x44), TestCase((byte)0x45),
     TestCase((byte)0x46), TestCase((byte)0x47), TestCase((byte)0x54)]
    public void Session_channel_and_user_commands_stay_with_the_lan_layer(byte command) =>
        Assert.That(Registered.Any(r => r.Key == new CommandKey(NetFn.App, command)), Is.False);

    [Test]
    public void Lan_configuration_commands_stay_with_the_lan_layer() =>
        Assert.That(Registered.Any(r => r.Key.NetFn == NetFn.Transport), Is.False);

    [TestCase(NetFn.App, (byte)0x01, PrivilegeLevel.User, Description = "Get Device ID")]
    [TestCase(NetFn.App, (byte)0x24, PrivilegeLevel.Operator, Description = "Set Watchdog Timer")]
    [TestCase(NetFn.App, (byte)0x58, PrivilegeLevel.Administrator, Description = "Set System Info Parameters")]
    [TestCase(NetFn.App, (byte)0x52, PrivilegeLevel.Administrator, Description = "Master Write-Read, stricter than Appendix G's Operator")]
    [TestCase(NetFn.Chassis, (byte)0x01, PrivilegeLevel.User, Description = "Get Chassis Status")]
    [TestCase(NetFn.Chassis, (byte)0x02, PrivilegeLevel.Operator, Description = "Chassis Control")]
    [TestCase(NetFn.Chassis, (byte)0x05, PrivilegeLevel.Administrator, Description = "Set Chassis Capabilities")]
    [TestCase(NetFn.SensorEvent, (byte)0x2D, PrivilegeLevel.User, Description = "Get Sensor Reading")]
    [TestCase(NetFn.SensorEvent, (byte)0x26, PrivilegeLevel.Operator, Description = "Set Sensor Threshold")]
    [TestCase(NetFn.SensorEvent, (byte)0x12, PrivilegeLevel.Administrator, Description = "Set PEF Configuration Parameters")]
    [TestCase(NetFn.Storage, (byte)0x23, PrivilegeLevel.User, Description = "Get SDR (from the cache)")]
    [TestCase(NetFn.Storage, (byte)0x11, PrivilegeLevel.User, Description = "Read FRU Data")]
    [TestCase(NetFn.Storage, (byte)0x12, PrivilegeLevel.Operator, Description = "Write FRU Data")]
    [TestCase(NetFn.Storage, (byte)0x47, PrivilegeLevel.Operator, Description = "Clear SEL")]
    public void Forwarded_command_has_its_minimum_privilege(NetFn netFn, byte command, PrivilegeLevel privilege) =>
        Assert.That(Find(netFn, command).MinimumPrivilege, Is.EqualTo(privilege));

    [Test]
    public void Dcmi_commands_are_keyed_by_the_0xdc_body()
    {
        Assert.That(Find(NetFn.GroupExtension, 0x02, 0xDC).MinimumPrivilege, Is.EqualTo(PrivilegeLevel.User));
        Assert.That(Find(NetFn.GroupExtension, 0x04, 0xDC).MinimumPrivilege, Is.EqualTo(PrivilegeLevel.Operator));
    }

    [Test, Description("Nothing forwarded runs before a session: an unauthenticated datagram never reaches the BMC's bus")]
    public void No_forwarded_command_runs_before_a_session() =>
        Assert.That(Registered.Where(r => r.SessionlessAllowed).Select(r => r.Key), Is.Empty);

    [Test]
    public async Task Answer_longer_than_the_lan_buffer_is_ca()
    {
        var link = new DirectBmcLink(new SimulatedIpmiBmc()) { Override = (_, _, _) => new BmcResponse(CompletionCode.Normal, new byte[300]) };
        var (code, data) = await Forwarding.RunAsync(new PassThroughCommands(link).Commands, new CommandKey(NetFn.Storage, 0x11), 0x00, 0x00, 0x00, 0xFF);
        Assert.That((code, data.Length), Is.EqualTo((CompletionCode.CannotReturnRequestedBytes, 0)));
    }
}
