import { Module } from '@nestjs/common';
import { StaffDataModule } from '@tryggplan/api/staff-data';
import { StaffController } from './staff.controller';

@Module({
  imports: [StaffDataModule],
  controllers: [StaffController],
})
export class StaffModule {}
