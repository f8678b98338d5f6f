using Oem.Chips.Register;
using Oem.Platform;
using Oem.Simulation;
using Oem.Tests.Support;

namespace Oem.Tests.Chips;

public class RegisterDeviceTests
{
    [TestCase(new byte[] { 0x00, 0xFA }, Endianness.Big, true, 250L)]
    [TestCase(new byte[] { 0xFF, 0x06 }, Endianness.Big, true, -250L)]
    [TestCase(new byte[] { 0xFF, 0x06 }, Endianness.Big, false, 65286L)]
    [TestCase(new byte[] { 0xE0, 0x2E }, Endianness.Little, false, 12000L)]
    [TestCase(new byte[] { 0x80 }, Endianness.Big, true, -128L)]
    [TestCase(new byte[] { 0x01, 0x02, 0x03, 0x04 }, Endianness.Little, false, 0x04030201L)]
    [TestCase(new byte[] { 0xFF, 0xFF, 0xFF, 0xFE }, Endianness.Big, true, -2L)]
    public void Decode_raw_register(byte[] bytes, Endianness endianness, bool signed, long raw) =>
        Assert.That(RegisterDevice.Decode(bytes, endianness, signed), Is.EqualTo(raw));

    [Test]
    public async Task Reading_is_raw_times_scale_plus_offset()
    {
        await using var bench = new SimulatedBench();
        var twin = bench.Attach(0x30, new SimulatedRegisterMap());
        twin[0x10] = 0xFF;
        twin[0x11] = 0x06;
        var register = new RegisterReadProfile { Address = 0x10, Width = 2, Signed = true, Scale = 0.1, Offset = 1 };
        Assert.That(await new RegisterDevice(bench.Queue, 0x30).ReadAsync(register), Is.EqualTo(-24.0).Within(1e-9));
    }

    [Test]
    public async Task Action_writes_the_value_after_the_register_number()
    {
        await using var bench = new SimulatedBench();
        var twin = bench.Attach(0x30, new SimulatedRegisterMap());
        var written = new List<(byte, byte)>();
        twin.Written = (r, v) => written.Add((r, v));
        await new RegisterDevice(bench.Queue, 0x30).WriteAsync(new RegisterAction { Register = 0x30, Value = 0x0102, Width = 2, Endianness = Endianness.Little });
        Assert.That(written, Is.EqualTo(new[] { ((byte)0x30, (byte)0x02), ((byte)0x31, (byte)0x01) }));
    }

    [Test]
    public void Twin_stores_a_scaled_value_as_the_firmware_would()
    {
        var twin = new SimulatedRegisterMap();
        twin.Set(new RegisterReadProfile { Address = 0x14, Width = 2, Endianness = Endianness.Little, Scale = 0.001 }, 12.0);
        Assert.That((twin[0x14], twin[0x15]), Is.EqualTo(((byte)0xE0, (byte)0x2E)));
    }
}
