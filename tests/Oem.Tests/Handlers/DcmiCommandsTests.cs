using System.Buffers.Binary;
using Ipmi.Protocol;
using Oem.Tests.Handlers.Support;

namespace Oem.Tests.Handlers;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class DcmiCommandsTests : IDisposable
{
    private readonly HandlerHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private Task<(CompletionCode Code, byte[] Data)> Dcmi(byte command, string data, PrivilegeLevel privilege = PrivilegeLevel.User) =>
        _harness.CallAsync(NetFn.GroupExtension, command, data, privilege, group: 0xDC);

    [Test, Description("ipmitool dcmi power reading sends DC 01 00 00")]
    public async Task Power_reading_reports_current_and_window_statistics()
    {
        var at = _harness.Time.GetUtcNow();
        _harness.Node.Cache.Record(2, 200, at);
        _harness.Handlers.PowerSampler.Sample();
        _harness.Time.Advance(TimeSpan.FromSeconds(10));
        _harness.Node.Cache.Record(2, 300, _harness.Time.GetUtcNow());

        var (code, data) = await Dcmi(0x02, "dc 01 00 00");

        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(data[0], Is.EqualTo(0xDC));
        Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(1)), Is.EqualTo(300), "current");
        Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(3)), Is.EqualTo(200), "minimum");
        Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(5)), Is.EqualTo(300), "maximum");
        Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(7)), Is.EqualTo(250), "average");
        Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(13)), Is.EqualTo(10_000), "period in ms");
        Assert.That(data[17], Is.EqualTo(0x40), "measurement active");
    }

    [Test]
    public async Task Power_reading_while_the_sensor_is_unavailable_is_not_active()
    {
        var (code, data) = await Dcmi(0x02, "dc 01 00 00");
        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(data[17], Is.Zero);
    }

    [TestCase(1, "dc 01 05 02 00 01 00")]
    [TestCase(4, "dc 01 05 02 01 ff ff")]
    [TestCase(5, "dc 01 05 02 00")]
    public async Task Capabilities_as_dcmi_discover_reads_them(int parameter, string expected) =>
        Assert.That(Hex.Of((await Dcmi(0x01, $"dc {parameter:x2}")).Data), Is.EqualTo(expected));

    [Test]
    public async Task Mandatory_attributes_name_the_sel_size_and_monitored_temperatures()
    {
        var (_, data) = await Dcmi(0x01, "dc 02");
        Assert.That(Hex.Of(data.AsSpan(4)), Is.EqualTo("00 02 05 03 01"), "512 entries, GUID and asset tag, inlet and CPU, 1 s");
    }

    [Test]
    public async Task Power_limit_is_0x80_until_set_and_activated_then_persists()
    {
        Assert.That((await Dcmi(0x03, "dc 00 00")).Code, Is.EqualTo((CompletionCode)0x80));
        Assert.That((await Dcmi(0x05, "dc 01 00 00", PrivilegeLevel.Operator)).Code, Is.EqualTo((CompletionCode)0x80), "nothing to activate");
        Assert.That((await Dcmi(0x04, "dc 00 00 00 01 f4 01 e8 03 00 00 00 00 05 00", PrivilegeLevel.Operator)).Code, Is.EqualTo(CompletionCode.Normal));
        Assert.That((await Dcmi(0x05, "dc 01 00 00", PrivilegeLevel.Operator)).Code, Is.EqualTo(CompletionCode.Normal));
        _harness.Reopen();

        var (code, data) = await Dcmi(0x03, "dc 00 00");

        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(Hex.Of(data), Is.EqualTo("dc 00 00 01 f4 01 e8 03 00 00 00 00 05 00"));
    }

    [Test]
    public async Task Sensor_info_lists_the_inlet_record_for_dcmi_and_ipmi_entity_ids()
    {
        Assert.That(Hex.Of((await Dcmi(0x07, "dc 01 40 00 00")).Data), Is.EqualTo("dc 01 01 01 00"));
        Assert.That(Hex.Of((await Dcmi(0x07, "dc 01 37 00 00")).Data), Is.EqualTo("dc 01 01 01 00"));
        Assert.That(Hex.Of((await Dcmi(0x07, "dc 01 41 00 00")).Data), Is.EqualTo("dc 01 01 04 00"));
        Assert.That(Hex.Of((await Dcmi(0x07, "dc 01 42 00 00")).Data), Is.EqualTo("dc 00 00"));
    }

    [Test]
    public async Task Temperature_readings_are_whole_degrees()
    {
        _harness.Node.Cache.Record(0, 24.5, _harness.Time.GetUtcNow());
        Assert.That(Hex.Of((await Dcmi(0x10, "dc 01 40 00 00")).Data), Is.EqualTo("dc 01 01 19 01"));
    }

    [Test]
    public async Task Errors_still_start_with_the_group_byte()
    {
        var (code, data) = await Dcmi(0x02, "dc 02 00 00");
        Assert.That(code, Is.EqualTo(CompletionCode.InvalidDataField));
        Assert.That(Hex.Of(data), Is.EqualTo("dc"));
    }

    [Test, Description("ipmitool probes 0x2C with PICMG (0x00) and VSO (0x03) bodies; they must stay unregistered (0xC1)")]
    public void Only_the_dcmi_body_is_registered() =>
        Assert.That(_harness.Handlers.Commands.Where(c => c.Key.NetFn == NetFn.GroupExtension).Select(c => c.Key.Group).Distinct(), Is.EqualTo(new byte[] { 0xDC }));
}
