using I2cBridge;
using Ipmi.Protocol.Chassis;
using Microsoft.Extensions.Logging.Abstractions;
using Oem.Handlers.Chassis;
using Oem.Node;

namespace Oem.Tests.Handlers;

public class IdentifyControllerTests
{
    private sealed class Led(bool fails) : IIdentifyLed
    {
        public bool IsOn { get; private set; }

        public ValueTask SetAsync(bool on, CancellationToken cancellationToken = default)
        {
            if (fails)
                throw I2cException.Create(I2cFailure.Nack, 1, 0x20);
            IsOn = on;
            return ValueTask.CompletedTask;
        }
    }

    [Test]
    public void A_failed_led_write_leaves_the_reported_state_as_it_was()
    {
        using var controller = new IdentifyController(new Led(fails: true), TimeProvider.System, NullLogger.Instance);
        Assert.ThrowsAsync<I2cException>(async () => await controller.ApplyAsync(IdentifyState.IndefiniteOn, TimeSpan.Zero, CancellationToken.None));
        Assert.That(controller.State, Is.EqualTo(IdentifyState.Off));
    }

    [Test]
    public async Task A_successful_write_reports_the_new_state()
    {
        var led = new Led(fails: false);
        using var controller = new IdentifyController(led, TimeProvider.System, NullLogger.Instance);
        await controller.ApplyAsync(IdentifyState.IndefiniteOn, TimeSpan.Zero, CancellationToken.None);
        Assert.That((controller.State, led.IsOn), Is.EqualTo((IdentifyState.IndefiniteOn, true)));
    }
}
