using I2cBackendCheck;
using I2cBridge;
using I2cBridge.Linux;

// The job (tests/hardware/job.sh) has put known bytes on both adapters with i2ctransfer / i2cset first:
//   /dev/i2c-0 (i2c-stub, SMBus only):   chip 0x48 word register 0x05 = 0x1234
//   /dev/i2c-1 (i2c-regstub, full I2C):  chip 0x50 bytes 0x10.. = de ad be ef
// and reads back with i2ctransfer what this program writes to /dev/i2c-1 0x50 at 0x20.
var report = new CheckReport();

using (var full = new LinuxI2cBus(1))
{
    report.Check("i2c-1: I2C_FUNCS reports plain I2C, so transfers use I2C_RDWR through System.Device.I2c",
        () => CheckReport.Expect((full.Functionality & LinuxI2cFunctionality.I2c) != 0, true));
    report.Check("i2c-1: write-read with repeated start returns the job's bytes", () =>
    {
        Span<byte> read = stackalloc byte[4];
        full.WriteRead(0x50, [0x10], read);
        return CheckReport.ExpectBytes(read, [0xDE, 0xAD, 0xBE, 0xEF]);
    });
    report.Check("i2c-1: separate write then read (pointer, then data)", () =>
    {
        Span<byte> read = stackalloc byte[2];
        full.Write(0x50, [0x12]);
        full.Read(0x50, read);
        return CheckReport.ExpectBytes(read, [0xBE, 0xEF]);
    });
    report.Check("i2c-1: write lands in the chip (read back here; the job re-reads it with i2ctransfer)", () =>
    {
        full.Write(0x50, [0x20, 0x11, 0x22, 0x33]);
        Span<byte> read = stackalloc byte[3];
        full.WriteRead(0x50, [0x20], read);
        return CheckReport.ExpectBytes(read, [0x11, 0x22, 0x33]);
    });
    report.Check("i2c-1: SMBus byte-data through I2C_SMBUS on a full master", () =>
    {
        full.SmbusWriteByteData(0x50, 0x30, 0x5A);
        return CheckReport.Expect(full.SmbusReadByteData(0x50, 0x30), (byte)0x5A);
    });
    report.Check("i2c-1: an absent address is a NACK (ENXIO, read back from System.Device.I2c's ioctl)",
        () => CheckReport.ExpectFailure(I2cFailure.Nack, () => full.Write(0x33, [0x00])));
    report.Check("i2c-1: an address-only probe (SMBus Quick: the package sends no empty message) is ACKed by a present chip",
        () => { full.Write(0x50, []); return null; });
    report.Check("i2c-1: an address-only probe of an absent address is a NACK",
        () => CheckReport.ExpectFailure(I2cFailure.Nack, () => full.Write(0x33, [])));
    report.Check("i2c-1: recovery reopens the adapter and transfers continue", () =>
    {
        full.Recover();
        Span<byte> read = stackalloc byte[1];
        full.WriteRead(0x50, [0x10], read);
        return CheckReport.ExpectBytes(read, [0xDE]);
    });
}

using (var stub = new LinuxI2cBus(0))
{
    report.Check("i2c-0: I2C_FUNCS lacks plain I2C, so transfers go through I2C_SMBUS",
        () => CheckReport.Expect((stub.Functionality & LinuxI2cFunctionality.I2c) != 0, false));
    report.Check("i2c-0: SMBus word read returns the job's i2cset value",
        () => CheckReport.Expect(stub.SmbusReadWordData(0x48, 0x05), (ushort)0x1234));
    report.Check("i2c-0: a 1-byte write + 2-byte read maps to a word read", () =>
    {
        Span<byte> read = stackalloc byte[2];
        stub.WriteRead(0x48, [0x05], read);
        return CheckReport.ExpectBytes(read, [0x34, 0x12]);
    });
    report.Check("i2c-0: byte-data write then read", () =>
    {
        stub.SmbusWriteByteData(0x48, 0x07, 0xA5);
        return CheckReport.Expect(stub.SmbusReadByteData(0x48, 0x07), (byte)0xA5);
    });
    report.Check("i2c-0: an address-only probe is SMBus Quick, ACKed by a present chip",
        () => { stub.Write(0x48, []); return null; });
    report.Check("i2c-0: an absent address is a NACK (ENODEV from i2c-stub)",
        () => CheckReport.ExpectFailure(I2cFailure.Nack, () => stub.SmbusReadByteData(0x33, 0x00)));
    report.Check("i2c-0: a transfer SMBus cannot express is Unsupported", () =>
    {
        var read = new byte[40];
        return CheckReport.ExpectFailure(I2cFailure.Unsupported, () => stub.WriteRead(0x48, [0x01, 0x02, 0x03], read));
    });
}

return report.Failed == 0 ? 0 : 1;
