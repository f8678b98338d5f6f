using I2cBridge;
using Ipmi.Protocol;
using Oem.Tests.Handlers.Support;

namespace Oem.Tests.Handlers;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class FruAndMasterWriteReadTests : IDisposable
{
    private readonly HandlerHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Test]
    public async Task Inventory_area_info_is_the_store_size_by_bytes() =>
        Assert.That(Hex.Of((await _harness.CallAsync(NetFn.Storage, 0x10, "00", PrivilegeLevel.User)).Data), Is.EqualTo("00 01 00"));

    [Test, Description("ipmitool fru print reads 32-byte chunks: device 0, offset LE16, count")]
    public async Task Read_fru_data_returns_count_then_bytes()
    {
        var (code, data) = await _harness.CallAsync(NetFn.Storage, 0x11, "00 20 00 20", PrivilegeLevel.User);
        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(data[0], Is.EqualTo(0x20));
        Assert.That(data[1..], Is.EqualTo(Enumerable.Range(0x20, 0x20).Select(i => (byte)i).ToArray()));
    }

    [Test]
    public async Task A_read_past_the_end_stops_at_the_end()
    {
        var (_, data) = await _harness.CallAsync(NetFn.Storage, 0x11, "00 f8 00 20");
        Assert.That(data[0], Is.EqualTo(8));
    }

    [TestCase("01 00 00 10", CompletionCode.RequestedDataNotPresent)]
    [TestCase("00 00 01 10", CompletionCode.ParameterOutOfRange)]
    [TestCase("00 00 00 80", CompletionCode.CannotReturnRequestedBytes)]
    public async Task Read_fru_data_failures(string request, CompletionCode expected) =>
        Assert.That((await _harness.CallAsync(NetFn.Storage, 0x11, request)).Code, Is.EqualTo(expected));

    [Test]
    public async Task Write_fru_data_returns_the_count_written()
    {
        var (code, data) = await _harness.CallAsync(NetFn.Storage, 0x12, "00 10 00 aa bb cc", PrivilegeLevel.Operator);
        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(Hex.Of(data), Is.EqualTo("03"));
        Assert.That(_harness.Node.FakeFru.Bytes[0x10..0x13], Is.EqualTo(new byte[] { 0xAA, 0xBB, 0xCC }));
        Assert.That((await _harness.CallAsync(NetFn.Storage, 0x12, "00 10 00 aa", PrivilegeLevel.User)).Code, Is.EqualTo(CompletionCode.InsufficientPrivilege));
    }

    [Test, Description("ipmitool i2c bus=1 0xa0 8 0x00 sends 03 a0 08 00 (lib/ipmi_raw.c)")]
    public async Task Master_write_read_reaches_the_private_bus_target()
    {
        var (code, data) = await _harness.CallAsync(NetFn.App, 0x52, "03 a0 08 00");
        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(Hex.Of(data), Is.EqualTo("a0 a1 a2 a3 a4 a5 a6 a7"));
        var (bus, address, write, read) = _harness.Node.FakeI2c.Transfers.Single();
        Assert.That((bus, address, Hex.Of(write), read), Is.EqualTo((1, 0x50, "00", 8)), "7-bit address 0x50, offset 0 written, 8 read");
    }

    [Test]
    public async Task Master_write_read_is_administrator_only() =>
        Assert.That((await _harness.CallAsync(NetFn.App, 0x52, "03 a0 08 00", PrivilegeLevel.Operator)).Code, Is.EqualTo(CompletionCode.InsufficientPrivilege));

    [TestCase("03 90 01 00", Description = "0x48 is not on the allowlist")]
    [TestCase("00 a0 01 00", Description = "public bus")]
    [TestCase("05 a0 01 00", Description = "bus 2 does not exist")]
    public async Task Targets_off_the_allowlist_are_0xCC(string request)
    {
        Assert.That((await _harness.CallAsync(NetFn.App, 0x52, request)).Code, Is.EqualTo(CompletionCode.InvalidDataField));
        Assert.That(_harness.Node.FakeI2c.Transfers, Is.Empty);
    }

    [Test]
    public async Task An_absent_allowed_address_naks_with_0x83() =>
        Assert.That((await _harness.CallAsync(NetFn.App, 0x52, "03 a2 01 00")).Code, Is.EqualTo((CompletionCode)0x83));

    [TestCase(I2cFailure.ArbitrationLost, 0x81)]
    [TestCase(I2cFailure.BusError, 0x82)]
    public async Task Bus_failures_have_their_own_codes(I2cFailure failure, int expected)
    {
        _harness.Node.FakeI2c.Failure = failure;
        Assert.That((await _harness.CallAsync(NetFn.App, 0x52, "03 a0 01 00")).Code, Is.EqualTo((CompletionCode)expected));
    }
}
