import FactCheckCLI
import Foundation

exit(FactCheckCommand.run())
