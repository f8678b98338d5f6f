using Ipmi.Protocol.Chassis;
using Ipmi.Protocol.Tests.Support;

namespace Ipmi.Protocol.Tests.Chassis;

public class BootFlagsTests : WireVectorTests<BootFlags>
{
    protected override Parser Parse => BootFlags.TryParse;
    protected override int Length(BootFlags value) => BootFlags.Length;
    protected override int Write(BootFlags value, Span<byte> destination) => value.WriteTo(destination);

    // ipmitool 1.8.19 ipmi_chassis_set_bootdev (lib/ipmi_chassis.c): flags[0] |= 0x80, flags[1] |= device.
    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("80 00 00 00 00", new(true, false, false, BootDevice.NoOverride), "bootdev none");
        yield return Vector("80 04 00 00 00", new(true, false, false, BootDevice.Pxe), "bootdev pxe");
        yield return Vector("80 08 00 00 00", new(true, false, false, BootDevice.HardDisk), "bootdev disk");
        yield return Vector("80 0C 00 00 00", new(true, false, false, BootDevice.HardDiskSafeMode), "bootdev safe");
        yield return Vector("80 10 00 00 00", new(true, false, false, BootDevice.DiagnosticPartition), "bootdev diag");
        yield return Vector("80 14 00 00 00", new(true, false, false, BootDevice.CdDvd), "bootdev cdrom");
        yield return Vector("80 18 00 00 00", new(true, false, false, BootDevice.BiosSetup), "bootdev bios");
        yield return Vector("80 3C 00 00 00", new(true, false, false, BootDevice.Floppy), "bootdev floppy");
        yield return Vector("E0 84 00 00 00", new(true, true, true, BootDevice.Pxe, Byte2Flags: 0x80),
            "bootdev pxe options=persistent,efiboot,clear-cmos");
    }
}

public class SetSystemBootOptionsRequestTests : WireVectorTests<SetSystemBootOptionsRequest>
{
    protected override Parser Parse => SetSystemBootOptionsRequest.TryParse;
    protected override int Length(SetSystemBootOptionsRequest value) => value.Length;
    protected override int Write(SetSystemBootOptionsRequest value, Span<byte> destination) => value.WriteTo(destination);

    protected override void AssertEqual(SetSystemBootOptionsRequest actual, SetSystemBootOptionsRequest expected)
    {
        Assert.That((actual.Parameter, actual.MarkInvalid), Is.EqualTo((expected.Parameter, expected.MarkInvalid)));
        Assert.That(actual.Data.ToArray(), Is.EqualTo(expected.Data.ToArray()));
    }

    // The five requests of ipmitool 1.8.19 `chassis bootdev pxe` (lib/ipmi_chassis.c), in order.
    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("00 01", new(BootOptionParameter.SetInProgress, new byte[] { 0x01 }), "1: set in progress");
        yield return Vector("04 01 01", new(BootOptionParameter.BootInfoAcknowledge, new byte[] { 0x01, 0x01 }), "2: clear BIOS POST ack");
        yield return Vector("05 80 04 00 00 00", new(BootOptionParameter.BootFlags, new byte[] { 0x80, 0x04, 0, 0, 0 }), "3: boot flags pxe");
        yield return Vector("00 02", new(BootOptionParameter.SetInProgress, new byte[] { 0x02 }), "4: commit write");
        yield return Vector("00 00", new(BootOptionParameter.SetInProgress, new byte[] { 0x00 }), "5: set complete");
        yield return Vector("85 00 00 00 00 00", new(BootOptionParameter.BootFlags, new byte[5], MarkInvalid: true), "mark invalid");
    }

    [Test]
    public void TryParse_empty_fails() => Assert.That(SetSystemBootOptionsRequest.TryParse([], out _), Is.False);
}

public class GetSystemBootOptionsTests : WireVectorTests<GetSystemBootOptionsResponse>
{
    protected override Parser Parse => GetSystemBootOptionsResponse.TryParse;
    protected override int Length(GetSystemBootOptionsResponse value) => value.Length;
    protected override int Write(GetSystemBootOptionsResponse value, Span<byte> destination) => value.WriteTo(destination);

    protected override void AssertEqual(GetSystemBootOptionsResponse actual, GetSystemBootOptionsResponse expected)
    {
        Assert.That((actual.Version, actual.Parameter, actual.Invalid), Is.EqualTo((expected.Version, expected.Parameter, expected.Invalid)));
        Assert.That(actual.Data.ToArray(), Is.EqualTo(expected.Data.ToArray()));
    }

    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("01 05 80 04 00 00 00", new(BootOptionParameter.BootFlags, new byte[] { 0x80, 0x04, 0, 0, 0 }), "boot flags pxe");
        yield return Vector("01 03 00", new(BootOptionParameter.BootFlagValidBitClearing, new byte[] { 0x00 }), "valid bit clearing");
    }

    [Test, Description("ipmitool 1.8.19 `chassis bootparam get 5` sends parameter, set selector 0, block selector 0")]
    public void Request_is_parameter_set_block()
    {
        Assert.That(GetSystemBootOptionsRequest.TryParse(Hex.Bytes("05 00 00"), out var request), Is.True);
        Assert.That(request, Is.EqualTo(new GetSystemBootOptionsRequest(BootOptionParameter.BootFlags)));
        Span<byte> written = stackalloc byte[3];
        request.WriteTo(written);
        Assert.That(written.ToArray(), Is.EqualTo(Hex.Bytes("05 00 00")));
    }
}
