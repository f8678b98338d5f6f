using Ipmi.Protocol;
using Oem.Tests.Handlers.Support;

namespace Oem.Tests.Handlers;

/// <summary>Set / Get BMC Global Enables (IPMI v2.0 §22.1-22.2) over the SEL's System Event Logging bit.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class GlobalEnablesCommandsTests : IDisposable
{
    private readonly HandlerHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private Task<(CompletionCode Code, byte[] Data)> App(byte command, string data = "", PrivilegeLevel privilege = PrivilegeLevel.Administrator) =>
        _harness.CallAsync(NetFn.App, command, data, privilege);

    [Test]
    public async Task Get_reports_system_event_logging_enabled_at_start_up() =>
        Assert.That(await App(0x2F, privilege: PrivilegeLevel.User), Is.EqualTo((CompletionCode.Normal, new byte[] { 0x08 })));

    [Test, Description("logging off: a Platform Event Message is accepted but not logged; back on, it is")]
    public async Task Clearing_system_event_logging_stops_events_reaching_the_sel()
    {
        Assert.That((await App(0x2E, "00")).Code, Is.EqualTo(CompletionCode.Normal));
        Assert.That((await App(0x2F)).Data, Is.EqualTo(new byte[] { 0x00 }));
        Assert.That((await _harness.CallAsync(NetFn.SensorEvent, 0x02, "04 01 30 01 09 ff ff", PrivilegeLevel.Operator)).Code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(_harness.Handlers.Sel.Info.Count, Is.Zero);

        Assert.That((await App(0x2E, "08")).Code, Is.EqualTo(CompletionCode.Normal));
        await _harness.CallAsync(NetFn.SensorEvent, 0x02, "04 01 30 01 09 ff ff", PrivilegeLevel.Operator);
        Assert.That(_harness.Handlers.Sel.Info.Count, Is.EqualTo(1));
    }

    [TestCase("09", CompletionCode.InvalidDataField, Description = "receive message queue interrupt: no system interface")]
    [TestCase("0c", CompletionCode.InvalidDataField, Description = "event message buffer")]
    [TestCase("28", CompletionCode.InvalidDataField, Description = "OEM 0")]
    [TestCase("", CompletionCode.RequestDataLengthInvalid)]
    [TestCase("08 00", CompletionCode.RequestDataLengthInvalid)]
    public async Task Set_refuses_unimplemented_bits_and_bad_lengths(string data, CompletionCode expected)
    {
        Assert.That((await App(0x2E, data)).Code, Is.EqualTo(expected));
        Assert.That((await App(0x2F)).Data, Is.EqualTo(new byte[] { 0x08 }), "a refused set changes nothing");
    }

    [Test]
    public void Set_needs_administrator() =>
        Assert.That(_harness.Find(NetFn.App, 0x2E)!.MinimumPrivilege, Is.EqualTo(PrivilegeLevel.Administrator));
}
