using Oem.Chips.Pca9555;
using Oem.Simulation;
using Oem.Tests.Support;

namespace Oem.Tests.Chips;

public class Pca9555Tests
{
    [Test, Description("Power-on: all pins inputs (configuration 0xFF 0xFF), outputs latched high (NXP PCA9555 Table 5-8)")]
    public async Task Inputs_read_the_board_levels_port_0_first()
    {
        await using var bench = new SimulatedBench();
        var twin = bench.Attach(0x20, new SimulatedPca9555());
        twin.SetInput(1, false);
        twin.SetInput(9, false);
        var raw = new byte[2];
        bench.Bus.WriteRead(0x20, [0x00], raw);
        var device = new Pca9555Device(bench.Queue, 0x20);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(raw, Is.EqualTo(new byte[] { 0xFD, 0xFD }));
            Assert.That(await device.ReadInputsAsync(), Is.EqualTo(0xFDFD));
            Assert.That(await device.ReadPinAsync(1), Is.False);
            Assert.That(await device.ReadPinAsync(0), Is.True);
        }
    }

    [Test]
    public async Task Driving_a_pin_makes_it_an_output_at_that_level()
    {
        await using var bench = new SimulatedBench();
        var twin = bench.Attach(0x20, new SimulatedPca9555());
        var device = new Pca9555Device(bench.Queue, 0x20);
        await device.WritePinAsync(10, high: false);
        var output = new byte[2];
        var configuration = new byte[2];
        bench.Bus.WriteRead(0x20, [0x02], output);
        bench.Bus.WriteRead(0x20, [0x06], configuration);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(output, Is.EqualTo(new byte[] { 0xFF, 0xFB }));
            Assert.That(configuration, Is.EqualTo(new byte[] { 0xFF, 0xFB }));
            Assert.That((twin.IsOutput(10), twin.GetLevel(10)), Is.EqualTo((true, false)));
            Assert.That(await device.ReadPinAsync(10), Is.False);
        }
    }

    [Test, Description("Polarity inversion register 4 inverts the input register bits (datasheet §6.2.3)")]
    public async Task Polarity_inversion_applies_to_inputs()
    {
        await using var bench = new SimulatedBench();
        bench.Attach(0x20, new SimulatedPca9555());
        bench.Bus.Write(0x20, [0x04, 0x01]);
        Assert.That(await new Pca9555Device(bench.Queue, 0x20).ReadPinAsync(0), Is.False);
    }
}
