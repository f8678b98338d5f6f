using I2cBridge.Queue;
using I2cBridge.Simulated;

namespace Oem.Tests.Support;

/// <summary>A simulated bus and its queue, as the node layer would build them, for driver-against-twin tests.</summary>
public sealed class SimulatedBench : IAsyncDisposable
{
    public SimulatedBench(TimeProvider? time = null)
    {
        Bus = new SimulatedI2cBus(1);
        Queue = new I2cBusQueue(Bus, new I2cBusQueueOptions { MaxRetries = 0 }, time);
    }

    public SimulatedI2cBus Bus { get; }

    public I2cBusQueue Queue { get; }

    public T Attach<T>(int address, T device) where T : SimulatedI2cDevice
    {
        Bus.Attach(address, device);
        return device;
    }

    public async ValueTask DisposeAsync()
    {
        await Queue.DisposeAsync();
        Bus.Dispose();
    }
}
