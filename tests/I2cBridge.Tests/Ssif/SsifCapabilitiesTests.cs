using I2cBridge.Ssif;

namespace I2cBridge.Tests.Ssif;

/// <summary>IPMI v2.0 §22.9, Table 22-14 (SSIF): reserved, transaction support mask, input size, output size.</summary>
public class SsifCapabilitiesTests
{
    [TestCase("00 88 FF FF", SsifMultiPart.StartMiddleEnd, true, 255, 255)]
    [TestCase("00 40 3F 3E", SsifMultiPart.StartEndOnly, false, 63, 62)]
    [TestCase("00 00 20 20", SsifMultiPart.None, false, 32, 32)]
    public void TryParse_and_WriteTo_agree_with_the_table(string hex, SsifMultiPart multiPart, bool pec, int maxIn, int maxOut)
    {
        var bytes = Convert.FromHexString(hex.Replace(" ", ""));
        Assert.That(SsifCapabilities.TryParse(bytes, out var caps), Is.True);
        Assert.That(caps, Is.EqualTo(new SsifCapabilities(multiPart, pec, 0, (byte)maxIn, (byte)maxOut)));

        var written = new byte[caps.Length];
        caps.WriteTo(written);
        Assert.That(written, Is.EqualTo(bytes));
    }

    [Test]
    public void TryParse_truncated_answer_fails()
        => Assert.That(SsifCapabilities.TryParse([0x00, 0x88, 0xFF], out _), Is.False);

    [Test]
    public void TryParse_reserved_multi_part_value_fails()
        => Assert.That(SsifCapabilities.TryParse([0x00, 0xC0, 0x20, 0x20], out _), Is.False);
}
